using SearchPortal.Core.Messages;

namespace SearchPortal.Core.Search;

/// <summary>
/// A correction of a misspelled query (<see cref="SpellingSuggester"/>) that finds more articles than the query as
/// typed: <see cref="Hits"/> articles. When <see cref="Applied"/>, the response's hits, counts and facets are the
/// correction's ("showing results for …"); otherwise it is only offered ("did you mean …"). <see cref="Message"/> words it
/// for the CLI. Immutable.
/// </summary>
public sealed record SpellingCorrection(string Query, bool Applied, int Hits)
{
    /// <summary>
    /// How many times more articles the correction must find than the query as typed (which finds some) to be applied
    /// rather than offered: "trafficing" finds articles about traffic through the English stemmer, "trafficking"
    /// many more about trafficking.
    /// </summary>
    public const int ApplyRatio = 10;

    /// <summary>"Did you mean: …", or "Showing results for …; search instead for …" when applied to <paramref name="typed"/>.</summary>
    public UserMessage Message(string typed) => Applied
        ? UserMessage.Of(MessageKeys.SpellingApplied, Query, typed)
        : UserMessage.Of(MessageKeys.SpellingSuggested, Query);
}
