using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Core.Facets;

namespace SearchPortal.Core.Tests.Facets;

public sealed class FacetedSearchPropertyTests
{
    private const int Corpora = 150;
    private const int SelectionsPerCorpus = 6;

    [Fact]
    public void Run_RandomCorporaAndSelections_MatchBruteForce()
    {
        // Arrange
        var seeds = new Random(20260611);

        for (var i = 0; i < Corpora; i++)
        {
            // Act + Assert (per seed, so a failure names the seed to put into the theory below)
            CheckSeed(seeds.Next());
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(424242)]
    public void Run_FixedSeed_MatchesBruteForce(int seed)
    {
        // Act + Assert
        CheckSeed(seed);
    }

    private static void CheckSeed(int seed)
    {
        var corpus = new RandomFacetCorpus(seed);
        using var directory = corpus.Directory;
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var known = BruteForceFacets.KnownValues(reader);
        for (var s = 0; s < SelectionsPerCorpus; s++)
        {
            var selection = s switch
            {
                0 => FacetSelection.Empty,
                1 => FacetSelection.Empty.WithMatch(FacetMatch.Mentions),
                _ => corpus.NewSelection(),
            };
            var (query, word) = corpus.NewQuery();
            var oracle = new BruteForceFacets(corpus, known, word, selection);
            foreach (var topN in new[] { int.MaxValue, corpus.NewTopN() })
            {
                var (ids, facets) = FacetTestIndex.Run(searcher, selection, query, topN);
                var context = $"seed {seed}, selection [{selection}] by {selection.Match}, query {query}, topN {topN}, {reader.Leaves.Count} segments";
                Assert.True(oracle.HitIds().SequenceEqual(ids), $"Hits differ for {context}");
                foreach (var dimension in FacetSchema.All)
                {
                    var expected = string.Join('\n', oracle.Expected(dimension, topN));
                    var actual = string.Join('\n', BruteForceFacets.Lines(facets[dimension.Name]));
                    Assert.True(expected == actual, $"{dimension.Name} differs for {context}:\nexpected\n{expected}\nactual\n{actual}");
                }
            }
        }
    }
}
