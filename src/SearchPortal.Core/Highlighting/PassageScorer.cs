namespace SearchPortal.Core.Highlighting;

/// <summary>
/// Scores passages BM25-style: for each query concept in a passage, its weight (idf × boost)
/// times its saturated frequency, normalised by passage length; phrase matches count extra,
/// passages covering more distinct concepts are favoured and early passages get a slight edge.
/// Stateless and thread-safe.
/// </summary>
internal static class PassageScorer
{
    private const float K1 = 1.2f;
    private const float B = 0.75f;
    private const float PivotLength = 120f;
    private const float PhraseBonus = 1.5f;
    private const float CoverageBonus = 0.3f;
    private const float EarlyBonus = 0.15f;
    private const float EarlyScale = 1000f;

    /// <summary>Scores every passage; <paramref name="hits"/> must be sorted by start offset.</summary>
    public static float[] Score(List<TextPassage> passages, List<MatchHit> hits, int conceptCount)
    {
        var scores = new float[passages.Count];
        var stamp = new int[conceptCount];
        var frequency = new int[conceptCount];
        var weight = new float[conceptCount];
        var phrase = new bool[conceptCount];
        var lastStart = new int[conceptCount];
        var touched = new List<int>(conceptCount);
        var h = 0;
        for (var p = 0; p < passages.Count; p++)
        {
            var passage = passages[p];
            while (h < hits.Count && hits[h].Start < passage.Start) h++;
            touched.Clear();
            for (var j = h; j < hits.Count && hits[j].Start < passage.End; j++)
            {
                var hit = hits[j];
                var c = hit.Concept;
                if (c < 0) continue;
                if (stamp[c] != p + 1)
                {
                    stamp[c] = p + 1;
                    (frequency[c], weight[c], phrase[c], lastStart[c]) = (0, 0f, false, -1);
                    touched.Add(c);
                }
                weight[c] = Math.Max(weight[c], hit.Weight);
                phrase[c] |= hit.IsPhrase;
                // The same word found through several fields counts once.
                if (lastStart[c] == hit.Start) continue;
                lastStart[c] = hit.Start;
                frequency[c]++;
            }
            if (touched.Count == 0) continue;
            var norm = K1 * (1 - B + B * passage.Length / PivotLength);
            var score = 0f;
            foreach (var c in touched)
            {
                var saturated = frequency[c] * (K1 + 1) / (frequency[c] + norm);
                score += weight[c] * saturated * (phrase[c] ? PhraseBonus : 1f);
            }
            score *= 1 + CoverageBonus * (touched.Count - 1);
            score *= 1 + EarlyBonus * EarlyScale / (EarlyScale + passage.Start);
            scores[p] = score;
        }
        return scores;
    }
}
