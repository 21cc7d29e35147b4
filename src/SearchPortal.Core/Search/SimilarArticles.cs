using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using SearchPortal.Core.Indexing;

namespace SearchPortal.Core.Search;

/// <summary>
/// Builds the "More like this" query of an article with Lucene's <see cref="MoreLikeThis"/>: the most
/// characteristic words of its stored text (by tf·idf) in its language's stemmed body field and in the
/// unstemmed bilingual field, the article itself excluded. The body fields keep no term vectors or
/// stored values, so the stored text is analysed again with the schema's analyzers. Stateless and
/// thread-safe; one query costs one analysis of the text and a document-frequency lookup per word.
/// </summary>
internal static class SimilarArticles
{
    private const int MinTermFrequency = 2;
    private const int MaxQueryTerms = 25;

    public static Query Query(IndexReader reader, Document article)
    {
        var text = article.Get(ArticleSchema.Title) + "\n\n" + article.Get(ArticleSchema.Text);
        var query = new BooleanQuery();
        foreach (var field in new[] { ArticleSchema.BodyFieldFor(article.Get(ArticleSchema.Language)), ArticleSchema.BodyExact })
        {
            var likeThis = new MoreLikeThis(reader)
            {
                Analyzer = ArticleSchema.Analyzer,
                FieldNames = [field],
                MinTermFreq = MinTermFrequency,
                // A word only in this article cannot find another one.
                MinDocFreq = 2,
                MaxQueryTerms = MaxQueryTerms,
            };
            query.Add(likeThis.Like(new StringReader(text), field), Occur.SHOULD);
        }
        query.Add(new TermQuery(new Term(ArticleSchema.Key, article.Get(ArticleSchema.Key))), Occur.MUST_NOT);
        return query;
    }
}
