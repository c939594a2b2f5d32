/**
 * Private persons named in acts, as data subjects: how a request names one ({@link NamedPerson}), and erasing one
 * ({@link ErasureEndpoints}), which destroys the key their personal data is encrypted under. The keys and the
 * encryption live in the application ({@code id.gotong.personaldata}) behind the port {@link DataSubjects}; see
 * {@code docs/personal-data.md}.
 */
package id.gotong.datasubject;
