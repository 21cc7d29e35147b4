using SearchPortal.Core.Analysis;

namespace SearchPortal.Core.Facets;

/// <summary>
/// Groups the values of a dimension that differ only in case, accents, spaces or punctuation, and picks each group's
/// best spelling: accented over unaccented ("El País" over "El Pais"), not shouted over capitals ("El Universal" over
/// "EL UNIVERSAL"), words apart over run together ("CNN español" over "CNNespañol"), capitalised over lower case
/// ("El País" over "El país"), then the first in ordinal order. The pick depends on the spellings alone, never on
/// counts, so it is the same for every search. Stateless and thread-safe.
/// </summary>
internal static class SpellingGroups
{
    /// <summary>Per value, the position of its group's best spelling.</summary>
    public static int[] Canonical(IReadOnlyList<string> values)
    {
        var canonical = new int[values.Count];
        foreach (var group in Enumerable.Range(0, values.Count).GroupBy(o => Key(values[o]), StringComparer.Ordinal))
        {
            var best = group.OrderByDescending(o => Quality(values[o])).ThenBy(o => values[o], StringComparer.Ordinal).First();
            foreach (var ord in group) canonical[ord] = best;
        }
        return canonical;
    }

    /// <summary>Counts and forced flags summed onto each group's best spelling (the other members keep zero).</summary>
    public static (int[] Counts, bool[] Forced) Merge(int[] canonical, int[] counts, bool[] forced)
    {
        var mergedCounts = new int[counts.Length];
        var mergedForced = new bool[forced.Length];
        for (var ord = 0; ord < counts.Length; ord++)
        {
            mergedCounts[canonical[ord]] += counts[ord];
            mergedForced[canonical[ord]] |= forced[ord];
        }
        return (mergedCounts, mergedForced);
    }

    private static string Key(string value) => string.Concat(Folding.Fold(value).Where(char.IsLetterOrDigit));

    private static (int Accents, int Calm, int Spaces, int Capitalised) Quality(string value)
    {
        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (
            value.Count(c => c > '\u007f' && char.IsLetter(c)),
            -words.Count(w => w.Length >= 4 && w.All(c => !char.IsLetter(c) || char.IsUpper(c))),
            words.Length,
            words.Count(w => char.IsUpper(w[0])));
    }
}
