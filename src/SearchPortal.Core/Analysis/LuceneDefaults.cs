using Lucene.Net.Util;

namespace SearchPortal.Core.Analysis;

/// <summary>The Lucene compatibility version used by every analyzer and index writer in the portal.</summary>
public static class LuceneDefaults
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
}
