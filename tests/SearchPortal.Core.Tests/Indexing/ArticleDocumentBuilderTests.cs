using System.Globalization;
using Lucene.Net.Search;
using SearchPortal.Core.Highlighting;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Search;
using SearchPortal.Core.Tests.Fixtures;

namespace SearchPortal.Core.Tests.Indexing;

public sealed class ArticleDocumentBuilderTests
{
    [Fact]
    public void Build_PublishedDateUnderThaiBuddhistCulture_StoresAndReadsGregorianDate()
    {
        // Arrange: th-TH formats and parses years in the Buddhist era (2020 is 2563).
        var published = new DateOnly(2020, 9, 17);
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("th-TH");
            using var index = new ArticleIndex(ArticleIndex.Article("a", "Police seized gold.") with { Published = published });

            // Act
            var doc = index.Searcher.Doc(index.Searcher.Search(new MatchAllDocsQuery(), 1).ScoreDocs[0].Doc);
            var hit = ArticleHits.From(doc, 1f, HighlightResult.Unmarked("Report"));

            // Assert
            Assert.Equal("2020-09-17", doc.Get(ArticleSchema.Published));
            Assert.Equal(published, hit.Published);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }
}
