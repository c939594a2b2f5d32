/** A collaboration's acts coded by theory element, as CSV or JSON, read from the acts the projection keeps. */
package id.gotong.researchexport;
