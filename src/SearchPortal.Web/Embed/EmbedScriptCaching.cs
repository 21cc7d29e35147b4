using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace SearchPortal.Web.Embed;

/// <summary>
/// Cache lifetimes of <c>/embed.js</c>, added to the static-file options (after any earlier callback).
/// The URL partners paste, <c>/embed.js</c>, is cached for a day and then revalidated with its ETag, so a
/// release reaches every partner within a day; <c>/embed.js?v=…</c> with the current content hash (the
/// same <c>v</c> that <c>asp-append-version</c> writes) is immutable for a year. Stateless and thread-safe.
/// </summary>
public sealed class EmbedScriptCaching : IPostConfigureOptions<StaticFileOptions>
{
    public const string ScriptPath = "/embed.js";
    public const string Unversioned = "public, max-age=86400";
    public const string Versioned = "public, max-age=31536000, immutable";

    public void PostConfigure(string? name, StaticFileOptions options)
    {
        var previous = options.OnPrepareResponse;
        options.OnPrepareResponse = context =>
        {
            previous(context);
            var http = context.Context;
            if (!http.Request.Path.Equals(ScriptPath, StringComparison.OrdinalIgnoreCase)) return;
            var requested = http.Request.Query["v"].ToString();
            var versioned = requested.Length > 0 && requested == CurrentVersion(http);
            http.Response.Headers.CacheControl = versioned ? Versioned : Unversioned;
        };
    }

    /// <summary>The current <c>v</c> of <c>/embed.js</c> (a hash of its content), as <c>asp-append-version</c> computes it.</summary>
    public static string CurrentVersion(HttpContext http)
    {
        var versions = http.RequestServices.GetRequiredService<IFileVersionProvider>();
        var path = versions.AddFileVersionToPath(http.Request.PathBase, ScriptPath);
        var query = path.IndexOf("?v=", StringComparison.Ordinal);
        return query < 0 ? "" : path[(query + 3)..];
    }
}
