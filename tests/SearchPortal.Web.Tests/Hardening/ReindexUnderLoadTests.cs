using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SearchPortal.Web.Tests.Hardening;

public sealed class ReindexUnderLoadTests(AdminPortalFactory portal) : IClassFixture<AdminPortalFactory>, IDisposable
{
    private const int ExtraArticles = 1_500;
    private readonly string _input = Path.Combine(AdminPortalFactory.InputRoot, "reindex-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public async Task Reindex_WhileServingLoad_FailsNoRequestAndSwitchesAtomically()
    {
        // Arrange: the new input is the seeds plus 1,500 more articles.
        WriteInput();
        var client = portal.CreateClient();
        var totals = new ConcurrentBag<int>();
        var failures = new ConcurrentBag<string>();
        using var stop = new CancellationTokenSource();
        var load = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            var queries = new[] { "/api/search?size=1", "/api/search?q=trafficking&region=Peru", "/?q=mining", "/api/search?q=%22illegal+mining%22" };
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var url = queries[(i + worker) % queries.Length];
                var response = await client.GetAsync(url);
                if (response.StatusCode != HttpStatusCode.OK) failures.Add($"{(int)response.StatusCode} {url}");
                else if (url == queries[0]) totals.Add(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("total").GetInt32());
            }
        })).ToList();

        // Act
        await Task.Delay(300);
        var start = await Admin(client, HttpMethod.Post, "/admin/reindex", new { input = _input });
        var state = "";
        for (var poll = 0; poll < 600 && state is not ("completed" or "failed"); poll++)
        {
            await Task.Delay(200);
            state = (await Admin(client, HttpMethod.Get, "/admin/stats")).GetProperty("reindex").GetProperty("state").GetString()!;
        }
        await Task.Delay(500);
        await stop.CancelAsync();
        await Task.WhenAll(load);

        // Assert
        Assert.Equal("running", start.GetProperty("state").GetString());
        Assert.Equal("completed", state);
        Assert.True(failures.IsEmpty, string.Join('\n', failures.Take(10)));
        Assert.All(totals, t => Assert.True(t is 5 or 5 + ExtraArticles, $"a search saw a half-built index: {t} documents"));
        Assert.Contains(5, totals);
        Assert.Contains(5 + ExtraArticles, totals);
    }

    private static async Task<JsonElement> Admin(HttpClient client, HttpMethod method, string path, object? body = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("X-Api-Key", AdminPortalFactory.Key);
        var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private void WriteInput()
    {
        Directory.CreateDirectory(_input);
        foreach (var seed in Directory.GetFiles(Path.Combine(Fixtures.PortalFactory.RepoRoot, "seeds")))
        {
            File.Copy(seed, Path.Combine(_input, Path.GetFileName(seed)));
        }
        using var writer = new StreamWriter(Path.Combine(_input, "extra.jsonl"));
        for (var i = 0; i < ExtraArticles; i++)
        {
            writer.WriteLine(JsonSerializer.Serialize(new
            {
                id = $"extra-{i}",
                title = $"Extortion ring number {i} dismantled in Trujillo",
                text = $"Police in La Libertad arrested {i % 17 + 2} suspects accused of extortion and illegal mining near Pataz. The case {i} continues.",
                published = $"{2010 + i % 15}-06-01",
                language = "en",
            }));
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_input)) Directory.Delete(_input, recursive: true);
    }
}
