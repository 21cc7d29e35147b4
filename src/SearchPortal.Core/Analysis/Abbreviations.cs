using System.Collections.Frozen;

namespace SearchPortal.Core.Analysis;

/// <summary>
/// English, Spanish and Portuguese abbreviations whose full stop does not end a sentence. Static and immutable.
/// Words that often end a sentence too ("etc.", "Inc.") are left out on purpose: the splitter only
/// breaks before a capital letter, so "etc. and" stays one sentence while "etc. The" splits.
/// </summary>
internal static class Abbreviations
{
    /// <summary>Titles and words that are followed by a name or a noun, never by a new sentence.</summary>
    private static readonly FrozenSet<string> BeforeName = new[]
    {
        "mr", "mrs", "ms", "dr", "dra", "sr", "sra", "srta", "sres", "prof", "gen", "gral", "col", "cnel",
        "lt", "sgt", "capt", "cap", "cmdr", "adm", "maj", "gov", "sen", "rep", "pres", "supt", "insp",
        "st", "sto", "sta", "mt", "ft", "lic", "ing", "arq", "mons", "hon", "rev", "fr", "dña",
        "ud", "uds", "vd", "av", "avda", "dept", "depto", "vs", "approx", "aprox", "cf",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that are abbreviations when a number follows ("No. 5", "Sept. 23", "art. 153").</summary>
    private static readonly FrozenSet<string> BeforeNumber = new[]
    {
        "no", "nº", "núm", "num", "nro", "art", "arts", "vol", "pág", "pag", "pp", "fig", "ch",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "ene", "abr", "ago", "dic",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeNameLookup =
        BeforeName.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeNumberLookup =
        BeforeNumber.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether the word <paramref name="word"/> (without its final full stop) is an abbreviation,
    /// given the first character <paramref name="next"/> of the following word.
    /// </summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word, char next)
    {
        if (word.IsEmpty) return false;
        if (word.Length == 1 && char.IsLetter(word[0])) return true;
        if (IsDotted(word)) return true;
        if (BeforeNameLookup.Contains(word)) return true;
        return char.IsDigit(next) && BeforeNumberLookup.Contains(word);
    }

    /// <summary>"U.S", "EE.UU", "a.m", "e.g": letters in groups of one or two, separated by dots.</summary>
    private static bool IsDotted(ReadOnlySpan<char> word)
    {
        if (word.IndexOf('.') < 0) return false;
        var group = 0;
        foreach (var c in word)
        {
            if (c == '.')
            {
                if (group == 0) return false;
                group = 0;
            }
            else if (char.IsLetter(c) && ++group <= 2)
            {
                continue;
            }
            else
            {
                return false;
            }
        }
        return group > 0;
    }
}
