using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SearchPortal.Core.Indexing;
using Xunit.Abstractions;

namespace SearchPortal.Web.Tests.Hardening;

public sealed class SoakTests(AdminPortalFactory portal, ITestOutputHelper output) : IClassFixture<AdminPortalFactory>
{
    /// <summary>CI runs a short soak; set SEARCHPORTAL_SOAK_SECONDS=300 for the five-minute run.</summary>
    private static int Seconds => int.TryParse(Environment.GetEnvironmentVariable("SEARCHPORTAL_SOAK_SECONDS"), out var s) ? s : 12;

    [Fact]
    public async Task Serve_SustainedLoad_HandsEveryIndexReferenceBack()
    {
        // Arrange
        var client = portal.CreateClient();
        var snapshots = portal.Services.GetRequiredService<IndexSnapshots>();
        var fuzzer = new QueryFuzzer(seed: 7);
        var urls = Enumerable.Range(0, 500).Select(_ => fuzzer.Next())
            .Concat(["/?q=mining&region=Peru", "/api/search?q=%22illegal+mining%22", "/api/facets/region?q=mining", "/api/export?format=csv&q=mining"])
            .ToList();
        var idle = References(snapshots);

        // Act
        var requests = await Drive(client, urls, TimeSpan.FromSeconds(Seconds));
        var after = References(snapshots);

        // Assert: the SearcherManager's own reference and this test's, none left behind by a request.
        output.WriteLine($"{requests:N0} requests in {Seconds} s; current reader references {idle} before, {after} after");
        Assert.True(requests > 100, $"only {requests} requests");
        Assert.Equal(2, idle);
        Assert.Equal(idle, after);
    }

    /// <summary>The current reader's reference count while one snapshot (this one) is open.</summary>
    private static int References(IndexSnapshots snapshots)
    {
        using var snapshot = snapshots.Current();
        return snapshot.Searcher.IndexReader.RefCount;
    }

    private static async Task<int> Drive(HttpClient client, List<string> urls, TimeSpan duration)
    {
        var end = DateTime.UtcNow + duration;
        var count = 0;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(async worker =>
        {
            for (var i = worker; DateTime.UtcNow < end; i += 4)
            {
                var response = await client.GetAsync(urls[i % urls.Count]);
                Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{(int)response.StatusCode}");
                Interlocked.Increment(ref count);
            }
        }));
        return count;
    }
}
