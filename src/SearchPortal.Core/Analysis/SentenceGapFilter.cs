using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchPortal.Core.Analysis;

/// <summary>
/// Adds <see cref="SentenceBreaks.PositionGap"/> to the position increment of the first token of each sentence, so
/// phrase and proximity queries (whose slop stays below the gap) never match across a sentence end. It reads the text
/// between two tokens, which <see cref="SentenceAwareComponents"/> hands it for every value analysed. Offsets are left
/// as they are, so highlighting still marks the original characters; norms count tokens, not positions, so BM25
/// lengths do not change. Removed stopwords keep their own gaps as before (the stop filter runs after this one).
/// One instance per analyzer thread, like every Lucene token stream.
/// </summary>
public sealed class SentenceGapFilter : TokenFilter
{
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private int _previousEnd = -1;

    public SentenceGapFilter(TokenStream input)
        : base(input)
    {
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <summary>The text being analysed: the characters the token offsets point into.</summary>
    internal string Text { get; set; } = "";

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var start = _offset.StartOffset;
        if (_previousEnd >= 0 && start <= Text.Length && SentenceBreaks.Between(Text, _previousEnd, start))
        {
            _increment.PositionIncrement += SentenceBreaks.PositionGap;
        }
        _previousEnd = _offset.EndOffset;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _previousEnd = -1;
    }
}
