using SearchPortal.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddSearchPortal();

var app = builder.Build();
app.UseSearchPortal();
app.MapSearchPortal();
app.Run();

/// <summary>Entry point; public so WebApplicationFactory can host the app in tests.</summary>
public partial class Program;
