using System.CommandLine;
using SearchPortal.Benchmarks.Maps;

namespace SearchPortal.Benchmarks.Cli;

/// <summary>The <c>map</c> verb: times the results map's SVG rendering and reports its size (<see cref="MapRenderBench"/>).</summary>
internal static class MapCommand
{
    public static Command Create()
    {
        var iterations = new Option<int>("--iterations") { Description = "Renders measured per map (at least 100).", DefaultValueFactory = _ => 2_000 };
        var command = new Command("map", "Times the map SVG (overview and Peru, with and without links) and reports its size.") { iterations };
        command.SetAction(result => MapRenderBench.Run(Math.Max(100, result.GetValue(iterations))));
        return command;
    }
}
