using System.Collections;
using System.Globalization;
using System.Reflection;

namespace PartnershipPortal.UnitTests.Features.Common;

/// <summary>
/// Sets a value at a validation property path ("Delegation.Title", "AgendaItems[1].Notes", "Outcomes[0]"),
/// so that a test names a field once: as what it changes and as where the failure must be reported.
/// </summary>
internal static class InputPath
{
    public static T With<T>(this T input, string path, object? value)
        where T : class
    {
        object target = input;
        var steps = path.Split('.');
        foreach (var step in steps[..^1])
        {
            target = Read(target, step) ?? throw new InvalidOperationException($"{step} of {path} is empty.");
        }

        Write(target, steps[^1], value);
        return input;
    }

    private static object? Read(object target, string step) =>
        Parse(step) is (var name, { } index) ? ((IList)Property(target, name).GetValue(target)!)[index] : Property(target, step).GetValue(target);

    private static void Write(object target, string step, object? value)
    {
        if (Parse(step) is (var name, { } index))
        {
            ((IList)Property(target, name).GetValue(target)!)[index] = value;
        }
        else
        {
            Property(target, step).SetValue(target, value);
        }
    }

    private static (string Name, int? Index) Parse(string step)
    {
        var open = step.IndexOf('[', StringComparison.Ordinal);
        return open < 0
            ? (step, null)
            : (step[..open], int.Parse(step[(open + 1)..^1], CultureInfo.InvariantCulture));
    }

    private static PropertyInfo Property(object target, string name) =>
        target.GetType().GetProperty(name) ?? throw new InvalidOperationException($"{target.GetType().Name} has no property {name}.");
}
