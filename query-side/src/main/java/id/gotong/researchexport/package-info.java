/** A collaboration's acts coded by theory element, one row per act, for researchers (CSV and JSON). */
package id.gotong.researchexport;
