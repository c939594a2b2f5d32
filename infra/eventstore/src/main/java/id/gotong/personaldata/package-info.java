/**
 * Personal data at rest: each data subject's values are encrypted (AES-256-GCM) under a key of its own, kept in
 * MongoDB; erasing the subject deletes the key (crypto-shredding). Encryption happens when an event is serialized, so
 * the stored event, and the ledger leaf computed from it, hold only the ciphertext. See {@code docs/personal-data.md}.
 */
package id.gotong.personaldata;
