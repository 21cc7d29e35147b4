namespace SearchPortal.Core.Export;

/// <summary>
/// One author as citation formats need it: family name and given names, or a single name (an
/// organisation, a mononym) in <see cref="Family"/> with no <see cref="Given"/>. Immutable.
/// </summary>
public sealed record PersonName(string? Given, string Family)
{
    /// <summary>"Family, Given" (RIS, BibTeX, the first author in Chicago), or the single name.</summary>
    public string Inverted => Given is null ? Family : $"{Family}, {Given}";

    /// <summary>"Given Family", or the single name.</summary>
    public string Natural => Given is null ? Family : $"{Given} {Family}";

    /// <summary>APA's "Family, G. M." (hyphenated given names keep the hyphen: "J.-P."), or the single name.</summary>
    public string WithInitials => Given is null
        ? Family
        : $"{Family}, {string.Join(" ", Given.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Initials))}";

    private static string Initials(string given) =>
        string.Join("-", given.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(part => char.ToUpperInvariant(part[0]) + "."));
}
