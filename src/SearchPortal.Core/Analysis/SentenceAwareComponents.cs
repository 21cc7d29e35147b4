using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;

namespace SearchPortal.Core.Analysis;

/// <summary>
/// The token stream components of the portal's text analyzers: Lucene's StandardTokenizer, then a
/// <see cref="SentenceGapFilter"/>, then the analyzer's own filters. Each value is read into a string first so the gap
/// filter can see the punctuation between tokens (StandardTokenizer drops it). Lucene keeps one instance per analyzer
/// and thread and calls <see cref="SetReader"/> for every value.
/// </summary>
public sealed class SentenceAwareComponents : TokenStreamComponents
{
    private readonly SentenceGapFilter _gaps;

    private SentenceAwareComponents(Tokenizer source, SentenceGapFilter gaps, TokenStream result)
        : base(source, result)
    {
        _gaps = gaps;
    }

    /// <summary>Components whose filters are <paramref name="filters"/> applied to the tokenizer and gap filter.</summary>
    public static SentenceAwareComponents Create(TextReader reader, Func<TokenStream, TokenStream> filters)
    {
        var text = reader.ReadToEnd();
        var source = new StandardTokenizer(LuceneDefaults.Version, new StringReader(text));
        var gaps = new SentenceGapFilter(source) { Text = text };
        return new SentenceAwareComponents(source, gaps, filters(gaps));
    }

    protected override void SetReader(TextReader reader)
    {
        var text = reader.ReadToEnd();
        _gaps.Text = text;
        base.SetReader(new StringReader(text));
    }
}
