package id.gotong.transparencyfeed;

import id.gotong.events.TheoryElement;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Renders public acts as an Atom feed (RFC 4287), paged as RFC 5005 describes ({@code first}, {@code next},
 * {@code previous}, {@code last}). Each entry is identified by its event ({@link Links#act}), authored by the
 * organisation that acted, dated by when the act happened ({@code published}) and was recorded ({@code updated}),
 * and links to its Activity Streams form and to its inclusion proof.
 */
public final class Atom {

    public static final String MEDIA_TYPE = "application/atom+xml";
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String XML = "http://www.w3.org/XML/1998/namespace";
    /** Link relation of an entry's inclusion proof, and of the checkpoint an entry not yet covered waits for. */
    public static final String INCLUSION_PROOF = As2.NAMESPACE + "inclusionProof";
    public static final String AWAITING_CHECKPOINT = As2.NAMESPACE + "awaitingCheckpoint";
    /** Category schemes: the Gotong event type, the theory elements the act evidences, the collaboration. */
    public static final String EVENT_TYPE = As2.NAMESPACE + "eventType";
    public static final String THEORY_ELEMENT = As2.NAMESPACE + "theoryElement";
    public static final String COLLABORATION = As2.NAMESPACE + "collaboration";

    private static final XMLOutputFactory XML_OUTPUT = XMLOutputFactory.newFactory();

    private final Links links;

    public Atom(Links links) {
        this.links = links;
    }

    /** A link of the feed itself: {@code rel}, {@code href} and media type. */
    public record Link(String rel, String href, String type) {
    }

    /**
     * @param updated when the feed last changed significantly: the latest of the newest act's recording and the
     *                latest checkpoint
     */
    public record Head(String id, String title, String subtitle, Instant updated, List<Link> links) {
    }

    public String feed(Head head, List<PublicAct> entries, Long treeSize) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XML_OUTPUT.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeNamespace("gotong", As2.NAMESPACE);
            xml.writeAttribute("xml", XML, "lang", "id");
            text(xml, "id", head.id());
            text(xml, "title", head.title());
            text(xml, "subtitle", head.subtitle());
            text(xml, "updated", date(head.updated()));
            xml.writeStartElement("author");
            text(xml, "name", "Gotong");
            xml.writeEndElement();
            text(xml, "generator", "Gotong");
            for (Link link : head.links()) {
                link(xml, link.rel(), link.href(), link.type());
            }
            for (PublicAct act : entries) {
                entry(xml, act, treeSize);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the Atom feed", e);
        }
        return out.toString();
    }

    private void entry(XMLStreamWriter xml, PublicAct act, Long treeSize) throws XMLStreamException {
        xml.writeStartElement("entry");
        text(xml, "id", Links.act(act.eventId()));
        text(xml, "title", act.title());
        text(xml, "summary", act.summary());
        text(xml, "published", date(act.occurredAt()));
        text(xml, "updated", date(act.recordedAt()));
        xml.writeStartElement("author");
        text(xml, "name", act.actor().name());
        String actor = links.party(act.actor());
        if (actor != null) {
            text(xml, "uri", actor);
        }
        xml.writeEndElement();
        link(xml, "alternate", links.item(act.position()), As2.MEDIA_TYPE);
        if (treeSize != null && act.position() < treeSize) {
            link(xml, INCLUSION_PROOF, links.inclusionProof(act.position(), treeSize), "application/json");
        } else {
            link(xml, AWAITING_CHECKPOINT, links.checkpoint(), "text/plain");
        }
        category(xml, EVENT_TYPE, act.eventType(), null);
        category(xml, COLLABORATION, act.collaboration().id(), act.collaboration().name());
        for (TheoryElement element : act.evidences()) {
            category(xml, THEORY_ELEMENT, element.name(), null);
        }
        xml.writeStartElement("gotong", "ledgerIndex", As2.NAMESPACE);
        xml.writeCharacters(Long.toString(act.position()));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        if (type != null) {
            xml.writeAttribute("type", type);
        }
    }

    private static void category(XMLStreamWriter xml, String scheme, String term, String label)
            throws XMLStreamException {
        xml.writeEmptyElement("category");
        xml.writeAttribute("scheme", scheme);
        xml.writeAttribute("term", clean(term));
        if (label != null) {
            xml.writeAttribute("label", clean(label));
        }
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(clean(value));
        xml.writeEndElement();
    }

    /** Whole seconds: RFC 3339 allows fractions, but feed readers parse them unevenly. */
    static String date(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Drops the characters XML 1.0 cannot carry (control characters a recorder might have pasted). */
    static String clean(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
