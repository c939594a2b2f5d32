/**
 * How messages become JSON in the store: the event serializer (the event contract's pinned settings from
 * {@code id.gotong.eventjson}, with personal data sealed under its subject's key) and the serializer of framework
 * state (tracking tokens, with type hints restricted to trusted packages).
 */
package id.gotong.serialization;
