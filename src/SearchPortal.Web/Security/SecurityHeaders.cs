using Microsoft.Net.Http.Headers;

namespace SearchPortal.Web.Security;

/// <summary>
/// Adds the security headers to every response just before it starts, so pages, the API, static files,
/// errors and status pages all carry them: Content-Security-Policy, <c>X-Content-Type-Options: nosniff</c>,
/// <c>Referrer-Policy: strict-origin-when-cross-origin</c>, and <c>X-Frame-Options: DENY</c> for browsers
/// without <c>frame-ancestors</c> unless the page allowed framing. Stateless and thread-safe.
/// </summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            Apply(context);
            return Task.CompletedTask;
        });
        return next(context);
    });

    /// <summary>Lets <paramref name="ancestors"/> (origins) frame the current response; an empty list keeps framing refused.</summary>
    public static void AllowFraming(HttpContext context, IReadOnlyList<string> ancestors) =>
        context.Features.Set(new FramingPolicy(ancestors));

    private static void Apply(HttpContext context)
    {
        var ancestors = context.Features.Get<FramingPolicy>()?.Ancestors ?? [];
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy.For(ancestors);
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        if (ancestors.Count == 0) headers.XFrameOptions = "DENY";
        else headers.Remove(HeaderNames.XFrameOptions);
    }
}
