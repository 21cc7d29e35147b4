namespace SearchPortal.Benchmarks.Corpus;

/// <summary>A crime type of Core's taxonomy: its facet label and its trigger terms per language.</summary>
internal sealed record CrimeConcept(string Label, IReadOnlyList<string> TermsEn, IReadOnlyList<string> TermsEs)
{
    public IReadOnlyList<string> Terms(string language) => language == "es" ? TermsEs : TermsEn;
}
