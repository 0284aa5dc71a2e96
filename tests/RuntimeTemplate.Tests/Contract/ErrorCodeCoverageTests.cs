using System.Reflection;
using System.Text.RegularExpressions;
using ApiStudio.Runtime.Errors;

namespace ApiStudio.Runtime.Tests.Contract;

/// <summary>Every code the runtime can answer with has a running contract test that triggers it and names it.</summary>
public sealed class ErrorCodeCoverageTests
{
    [Fact]
    public void Every_error_code_is_named_with_its_status_by_a_contract_test_that_is_not_skipped()
    {
        var codes = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        var tests = typeof(ErrorCodeCoverageTests).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(ErrorCodeCoverageTests).Namespace && t.IsAbstract && !t.IsSealed)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<FactAttribute>() is { Skip: null })
            .Select(m => m.Name)
            .ToList();

        // "..._returns_403_FIREWALL_NOT_FOUND" names FIREWALL_NOT_FOUND, not NOT_FOUND: the code must follow the status.
        var untested = codes.Where(code => !tests.Any(name => Regex.IsMatch(name, $@"\d{{3}}_{code}(_|$)"))).ToList();

        Assert.NotEmpty(codes);
        Assert.True(untested.Count == 0, "No running contract test names: " + string.Join(", ", untested));
    }
}
