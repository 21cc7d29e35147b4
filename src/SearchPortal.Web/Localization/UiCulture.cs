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
            var target = returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") ? returnUrl : "/";
            return Results.LocalRedirect(target);
        }).ExcludeFromDescription();
        return app;
    }
}
