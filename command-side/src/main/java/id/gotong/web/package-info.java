/**
 * What every write endpoint shares: who the caller is (from its bearer credential, never from the body), sending a
 * command and answering with the events it appended, and RFC 9457 problem details for every refusal.
 */
package id.gotong.web;
