using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace SearchPortal.Web.Localization;

/// <summary>
/// Chooses the UI language per request: the <c>ui</c> cookie set by the language switch, else the
/// browser's Accept-Language, else English. The switch is a plain link, so it works without JavaScript.
/// </summary>
public static class UiCulture
{
    public static IServiceCollection AddUiCulture(this IServiceCollection services) =>
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = UiText.Languages.Select(l => new CultureInfo(l)).ToList();
            options.DefaultRequestCulture = new RequestCulture("en");
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });

    public static IEndpointRouteBuilder MapUiSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/ui/{language}", (string language, string? returnUrl, HttpContext http) =>
        {
            if (!UiText.Languages.Contains(language)) return Results.NotFound();
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), SameSite = SameSiteMode.Lax, HttpOnly = true, IsEssential = true });
            return Results.LocalRedirect(IsLocalPath(returnUrl) ? returnUrl! : "/");
        }).ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// A path on this site: one leading slash not followed by another, no backslash (browsers read "/\host" as
    /// "//host") and no control character (browsers drop tabs and newlines, so "/\t/host" is "//host" too).
    /// </summary>
    internal static bool IsLocalPath(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || url[1] != '/')
        && !url.Any(c => char.IsControl(c) || c == '\\');
}
