using System.Net;
using Xunit.Abstractions;

namespace SearchPortal.Web.Tests.Hardening;

public sealed class SoakTests(AdminPortalFactory portal, ITestOutputHelper output) : IClassFixture<AdminPortalFactory>
{
    /// <summary>CI runs a short soak; set SEARCHPORTAL_SOAK_SECONDS=300 for the five-minute run.</summary>
    private static int Seconds => int.TryParse(Environment.GetEnvironmentVariable("SEARCHPORTAL_SOAK_SECONDS"), out var s) ? s : 12;

    [Fact]
    public async Task Serve_SustainedLoad_KeepsManagedMemoryFlat()
    {
        // Arrange
        var client = portal.CreateClient();
        var fuzzer = new QueryFuzzer(seed: 7);
        var urls = Enumerable.Range(0, 500).Select(_ => fuzzer.Next()).Concat(["/?q=mining&region=Peru", "/api/search?q=%22illegal+mining%22"]).ToList();
        await Drive(client, urls, TimeSpan.FromSeconds(2));
        var baseline = Settled();

        // Act
        var requests = await Drive(client, urls, TimeSpan.FromSeconds(Seconds));
        var after = Settled();

        // Assert
        output.WriteLine($"{requests:N0} requests in {Seconds} s; managed heap {baseline / 1048576.0:N1} MB before, {after / 1048576.0:N1} MB after");
        Assert.True(requests > 100, $"only {requests} requests");
        Assert.True(after - baseline < 64L * 1024 * 1024, $"managed heap grew from {baseline / 1048576} MB to {after / 1048576} MB over {requests} requests");
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

    private static long Settled()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
