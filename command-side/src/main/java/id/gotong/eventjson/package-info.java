/**
 * How events become JSON ({@link id.gotong.eventjson.EventJson}): the mapper settings are pinned here, next to the
 * event contract, not inherited from library defaults, so the stored shape of an event cannot change when Spring Boot,
 * Jackson or Axon is upgraded. The application's serializer builds on them; tests of the events use them directly.
 */
package id.gotong.eventjson;
