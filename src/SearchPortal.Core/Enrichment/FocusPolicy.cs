namespace SearchPortal.Core.Enrichment;

/// <summary>
/// How the enricher tells what an article is about from what it merely mentions. Every occurrence of a value
/// scores by where it stands: <see cref="TitleWeight"/> in the title, <see cref="LeadWeight"/> in the lead (the
/// first <see cref="LeadParagraphs"/> paragraphs, the lede and the paragraph that places it, at most
/// <see cref="LeadWords"/> words), 1 further down. A crime type, group, division or town is a focus from <see cref="MinScore"/>
/// (so one passing mention in the body is not); a country also needs <see cref="CountryShare"/> of the best
/// country's score, since most articles name neighbours, origins and destinations in passing, and a division
/// <see cref="DivisionShare"/> of its country's best division. Divisions count only under a focus country, and a
/// town inherits the focus of its division. Immutable.
/// </summary>
public sealed record FocusPolicy
{
    public static FocusPolicy Default { get; } = new();

    public double TitleWeight { get; init; } = 3;

    public double LeadWeight { get; init; } = 2;

    public int LeadParagraphs { get; init; } = 2;

    public int LeadWords { get; init; } = 120;

    public double MinScore { get; init; } = 2;

    public double CountryShare { get; init; } = 0.35;

    public double DivisionShare { get; init; } = 0.3;
}
