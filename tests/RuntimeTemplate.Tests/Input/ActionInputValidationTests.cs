using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Input;
using ApiStudio.Runtime.Tracing;
using static ApiStudio.Runtime.Tests.Input.InputValidationTests;

namespace ApiStudio.Runtime.Tests.Input;

public class ActionInputValidationTests
{
    private readonly DecisionTrace trace = new();
    private readonly ActionDefinition advance = ValidationTables.Candidates().Actions[0];

    [Fact]
    public void Valid_input_returns_typed_values()
    {
        var values = InputValidation.ValidateActionInput(advance, Body("""{"stage":"hired","score":7}"""), trace);

        Assert.Equal("hired", values["stage"]);
        Assert.Equal(7L, values["score"]);
        Assert.Equal("actions.advance.input", Assert.Single(trace.Steps).Rule);
    }

    [Fact]
    public void Missing_required_input_is_listed()
    {
        Assert.Equal("is required", Errors("""{"score":7}""")["stage"]);
    }

    [Fact]
    public void Null_for_a_required_input_is_refused_and_for_an_optional_one_accepted()
    {
        Assert.Equal("may not be null", Errors("""{"stage":null}""")["stage"]);
        Assert.Null(InputValidation.ValidateActionInput(advance, Body("""{"stage":"new","score":null}"""), trace)["score"]);
    }

    [Fact]
    public void Input_type_enum_and_max_length_are_checked_together()
    {
        var errors = Errors("""{"stage":"fired","score":"high","note":"too long"}""");

        Assert.Equal("must be one of: new, hired", errors["stage"]);
        Assert.Equal("expected a whole number, got a string", errors["score"]);
        Assert.Equal("must be at most 5 characters long; it has 8", errors["note"]);
    }

    [Fact]
    public void Unknown_input_field_is_an_error_naming_the_inputs()
    {
        Assert.Equal("is not an input of action 'advance'; its inputs are stage, score, note", Errors("""{"stage":"new","priority":1}""")["priority"]);
    }

    [Fact]
    public void Action_without_inputs_refuses_any_field_and_accepts_an_empty_body()
    {
        var archive = ValidationTables.Candidates().Actions[1];

        var error = Assert.Throws<ApiException>(() => InputValidation.ValidateActionInput(archive, Body("""{"why":"x"}"""), trace)).Error;
        Assert.Equal("is not an input of action 'archive', which takes none", error.Details!["errors"]!["why"]!.GetValue<string>());
        Assert.Empty(InputValidation.ValidateActionInput(archive, Body("{}"), trace));
    }

    private Dictionary<string, string> Errors(string json) =>
        Assert.Throws<ApiException>(() => InputValidation.ValidateActionInput(advance, Body(json), trace)).Error
            .Details!["errors"]!.AsObject().ToDictionary(e => e.Key, e => e.Value!.GetValue<string>());
}
