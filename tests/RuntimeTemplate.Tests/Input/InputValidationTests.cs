using System.Text;
using System.Text.Json;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Guards;
using ApiStudio.Runtime.Input;
using ApiStudio.Runtime.Tracing;

namespace ApiStudio.Runtime.Tests.Input;

public class InputValidationTests
{
    private const string Valid = """{"fullName":"Ada","email":"ada@example.com"}""";
    private readonly DecisionTrace trace = new();

    [Fact]
    public void Valid_create_returns_typed_clr_values_in_body_order()
    {
        var values = Validate(WriteKind.Create, """
            {"fullName":"Ada","email":"ada@example.com","age":36,"rating":4.5,"active":false,
             "availableFrom":"2024-03-01T10:00:00Z","referrerId":"3f2a6c1e-0d7b-4a59-9a8e-2b7f1c0d9e11",
             "profile":{"langs":["en"]},"phone":null,"source":"referral","birthDate":"1990-12-10",
             "portfolio":"https://ada.dev/work"}
            """);

        Assert.Equal("Ada", values["fullName"]);
        Assert.Equal(36L, values["age"]);
        Assert.Equal(4.5, values["rating"]);
        Assert.Equal(false, values["active"]);
        Assert.Equal(new DateTime(2024, 3, 1, 10, 0, 0, DateTimeKind.Utc), values["availableFrom"]);
        Assert.Equal(Guid.Parse("3f2a6c1e-0d7b-4a59-9a8e-2b7f1c0d9e11"), values["referrerId"]);
        Assert.Equal("""{"langs":["en"]}""", values["profile"]);
        Assert.Null(values["phone"]);
        Assert.Equal(["fullName", "email", "age", "rating", "active", "availableFrom", "referrerId", "profile", "phone", "source", "birthDate", "portfolio"], values.Keys);
        Assert.Equal(TraceOutcome.Passed, Assert.Single(trace.Steps).Outcome);
    }

    [Theory]
    [InlineData("fullName", "5", "expected a string, got a number")]
    [InlineData("age", "\"36\"", "expected a whole number, got a string")]
    [InlineData("age", "3.5", "expected a whole number without a fraction, between -9223372036854775808 and 9223372036854775807")]
    [InlineData("rating", "true", "expected a number, got true or false")]
    [InlineData("active", "\"yes\"", "expected true or false, got a string")]
    [InlineData("availableFrom", "\"next week\"", "expected an ISO 8601 timestamp string")]
    [InlineData("referrerId", "\"42\"", "expected a uuid string")]
    [InlineData("fullName", "{}", "expected a string, got a JSON object")]
    public void Wrong_type_returns_400_VALIDATION_FAILED_saying_what_was_expected(string field, string json, string message)
    {
        Assert.Equal(message, Errors(WriteKind.Update, $$"""{"{{field}}":{{json}}}""")[field]);
    }

    [Fact]
    public void Null_for_a_non_nullable_column_is_refused()
    {
        Assert.Equal("may not be null", Errors(WriteKind.Update, """{"fullName":null}""")["fullName"]);
    }

    [Fact]
    public void Null_for_a_nullable_column_is_accepted()
    {
        Assert.Null(Validate(WriteKind.Update, """{"age":null}""")["age"]);
    }

    [Fact]
    public void Create_without_a_required_column_lists_it_as_required()
    {
        var errors = Errors(WriteKind.Create, """{"fullName":"Ada"}""");

        Assert.Equal("is required", errors["email"]);
        Assert.Single(errors);
    }

    [Fact]
    public void Update_does_not_require_anything()
    {
        Assert.Empty(Validate(WriteKind.Update, "{}"));
    }

    [Fact]
    public void Required_ignores_system_managed_defaulted_and_guard_forbidden_columns()
    {
        // organizationId (firewall), source and active (defaults), stage (protected) and internalCode (not createable)
        // are not nullable, yet a client cannot or need not send them.
        Assert.Equal(2, Validate(WriteKind.Create, Valid).Count);
    }

    [Fact]
    public void Required_counts_every_column_when_guards_are_off()
    {
        var errors = Assert.Throws<ApiException>(() => InputValidation.Validate(ValidationTables.Candidates(guardsEnabled: false),
            WriteKind.Create, Body(Valid), trace)).Error;

        Assert.Equal(["internalCode"], Fields(errors));
    }

    [Fact]
    public void Value_outside_the_enum_lists_the_allowed_values()
    {
        Assert.Equal("must be one of: direct, referral, agency", Errors(WriteKind.Create, """{"fullName":"Ada","email":"a@b.co","source":"fair"}""")["source"]);
    }

    [Fact]
    public void Enum_is_case_sensitive()
    {
        Assert.Contains("source", Errors(WriteKind.Update, """{"source":"Direct"}""").Keys);
    }

    [Fact]
    public void Text_longer_than_max_length_is_refused_with_both_lengths()
    {
        Assert.Equal("must be at most 10 characters long; it has 11", Errors(WriteKind.Update, """{"fullName":"Ada Lovelac"}""")["fullName"]);
    }

    [Fact]
    public void Max_length_counts_characters_not_utf16_units()
    {
        // Ten emoji are twenty UTF-16 units but ten characters.
        var name = string.Concat(Enumerable.Repeat("😀", 10));

        Assert.Equal(name, Validate(WriteKind.Update, $$"""{"fullName":"{{name}}"}""")["fullName"]);
    }

    [Theory]
    [InlineData("ada@example.com")]
    [InlineData("first.last+tag@mail.example.co.uk")]
    public void Email_format_accepts_addresses(string email)
    {
        Assert.Equal(email, Validate(WriteKind.Update, $$"""{"email":"{{email}}"}""")["email"]);
    }

    [Theory]
    [InlineData("ada")]
    [InlineData("ada@example")]
    [InlineData("ada@@example.com")]
    [InlineData("ada @example.com")]
    [InlineData("@example.com")]
    public void Email_format_refuses_non_addresses(string email)
    {
        Assert.Equal("must be an email address such as name@example.com", Errors(WriteKind.Update, $$"""{"email":"{{email}}"}""")["email"]);
    }

    [Theory]
    [InlineData("https://ada.dev")]
    [InlineData("http://localhost:8080/a?b=c")]
    public void Url_format_accepts_absolute_http_and_https(string url)
    {
        Assert.Equal(url, Validate(WriteKind.Update, $$"""{"portfolio":"{{url}}"}""")["portfolio"]);
    }

    [Theory]
    [InlineData("ada.dev")]
    [InlineData("/work")]
    [InlineData("ftp://ada.dev/file")]
    [InlineData("javascript:alert(1)")]
    public void Url_format_refuses_relative_and_other_schemes(string url)
    {
        Assert.Equal("must be an absolute http or https URL such as https://example.com/page",
            Errors(WriteKind.Update, $$"""{"portfolio":"{{url}}"}""")["portfolio"]);
    }

    [Theory]
    [InlineData("+14155552671")]
    [InlineData("+1 (415) 555-2671")]
    [InlineData("020.7946.0958")]
    public void Phone_format_accepts_digits_with_separators(string phone)
    {
        Assert.Equal(phone, Validate(WriteKind.Update, $$"""{"phone":"{{phone}}"}""")["phone"]);
    }

    [Theory]
    [InlineData("call me")]
    [InlineData("12345")]
    [InlineData("+1234567890123456")]
    [InlineData("555-CALL-NOW")]
    [InlineData("1+2345678")]
    public void Phone_format_refuses_letters_and_wrong_digit_counts(string phone)
    {
        Assert.StartsWith("must be a phone number of 7 to 15 digits", Errors(WriteKind.Update, $$"""{"phone":"{{phone}}"}""")["phone"]);
    }

    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData("2023-02-29", false)]
    [InlineData("29/02/2024", false)]
    [InlineData("2024-2-9", false)]
    [InlineData("2024-03-01T00:00:00Z", false)]
    public void Date_format_is_yyyy_MM_dd_and_a_real_day(string date, bool valid)
    {
        var json = $$"""{"birthDate":"{{date}}"}""";
        if (valid)
        {
            Assert.Equal(date, Validate(WriteKind.Update, json)["birthDate"]);
        }
        else
        {
            Assert.Equal("must be a date written yyyy-MM-dd, such as 2024-03-31", Errors(WriteKind.Update, json)["birthDate"]);
        }
    }

    [Fact]
    public void Every_failing_field_is_listed_at_once_in_body_order_then_missing_required()
    {
        var error = Reject(WriteKind.Create, """{"age":"old","fullName":null,"source":"fair","phone":"x","color":1}""");

        Assert.Equal(400, error.Status);
        Assert.Equal(ErrorLayer.Validation, error.Layer);
        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
        Assert.Equal(["age", "fullName", "source", "phone", "color", "email"], Fields(error));
        var errors = error.Details!["errors"]!.AsObject();
        Assert.Equal("expected a whole number, got a string", errors["age"]!.GetValue<string>());
        Assert.Equal("may not be null", errors["fullName"]!.GetValue<string>());
        Assert.Equal("is not a field of 'candidates'", errors["color"]!.GetValue<string>());
        Assert.Equal("is required", errors["email"]!.GetValue<string>());
    }

    [Fact]
    public void Failure_is_recorded_in_the_trace_with_each_field()
    {
        Reject(WriteKind.Update, """{"age":"old","source":"fair"}""");

        var step = trace.Denial!;
        Assert.Equal(ErrorLayer.Validation, step.Layer);
        Assert.Equal("validation: update on 'candidates' has 2 invalid fields: 'age' expected a whole number, got a string; "
            + "'source' must be one of: direct, referral, agency", step.Reason);
        Assert.Equal("fix 'age', 'source' as details.errors says", step.Fix);
    }

    private Dictionary<string, object?> Validate(WriteKind write, string json) =>
        InputValidation.Validate(ValidationTables.Candidates(), write, Body(json), trace);

    private ApiError Reject(WriteKind write, string json) =>
        Assert.Throws<ApiException>(() => Validate(write, json)).Error;

    private Dictionary<string, string> Errors(WriteKind write, string json) =>
        Reject(write, json).Details!["errors"]!.AsObject().ToDictionary(e => e.Key, e => e.Value!.GetValue<string>());

    internal static IReadOnlyDictionary<string, JsonElement> Body(string json) => RequestBodyReader.ParseObject(Encoding.UTF8.GetBytes(json));

    internal static string[] Fields(ApiError error) => error.Details!["fields"]!.AsArray().Select(n => n!.GetValue<string>()).ToArray();
}
