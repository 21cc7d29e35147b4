namespace SearchPortal.Core.Enrichment;

/// <summary>
/// A criminal group of the embedded list: an id, the English label used as facet value, the Spanish label, the
/// countries it is based in, and its names. <see cref="Aliases"/> name it anywhere they are capitalised (acronyms
/// in capitals); <see cref="ContextAliases"/> are common words or short acronyms ("Los Lobos", "PCC") that name it
/// only near a word such as "gang" or "cartel", in an article that also names it otherwise, or in an article about
/// one of its countries. An alias listed under two groups tags both ("Segunda Marquetalia" is also FARC dissidents). Immutable.
/// </summary>
public sealed record CriminalGroup(
    string Id,
    string Label,
    string LabelEs,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> ContextAliases);
