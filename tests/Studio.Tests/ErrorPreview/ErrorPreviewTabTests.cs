using ApiStudio.Runtime.Errors;
using ApiStudio.Studio.ErrorPreview;
using ApiStudio.Studio.Tests.Tables;
using Bunit;

namespace ApiStudio.Studio.Tests.ErrorPreview;

public sealed class ErrorPreviewTabTests : DesignerContext
{
    [Fact]
    public void The_first_table_s_list_shows_a_card_per_layer_error_with_the_roles_of_its_rule()
    {
        var cut = Render<ErrorPreviewTab>();

        var codes = cut.FindAll("[data-testid=error-card]").Select(c => c.GetAttribute("data-code")).ToList();
        Assert.Contains(ErrorCodes.AuthMissing, codes);
        Assert.Contains(ErrorCodes.AccessRoleRequired, codes);
        var roleCard = cut.Find($"[data-testid=error-card][data-code={ErrorCodes.AccessRoleRequired}] [data-testid=error-body]");
        Assert.Contains("viewer+", roleCard.TextContent);
    }

    [Fact]
    public void Switching_to_the_envelope_dialect_rewrites_every_body()
    {
        var cut = Render<ErrorPreviewTab>();

        cut.FindAll("[data-testid=preview-dialect] .rz-button").First(b => b.TextContent.Contains("Envelope")).Click();

        var body = cut.Find($"[data-testid=error-card][data-code={ErrorCodes.AuthMissing}] [data-testid=error-body]").TextContent;
        Assert.Contains("\"success\": false", body);
        Assert.Contains("auth/missing-authorization-header", body);
    }

    [Fact]
    public void A_design_with_errors_shows_why_instead_of_bodies()
    {
        Editor.ApplyToTable("deals", "Break the key", t => t with { Columns = t.Columns.Select(c => c with { PrimaryKey = false }).ToList() });

        var cut = Render<ErrorPreviewTab>();

        Assert.Empty(cut.FindAll("[data-testid=error-card]"));
        Assert.Contains("Fix the errors", cut.Markup);
    }

    [Fact]
    public void A_curl_command_reproduces_the_request_with_the_right_credential()
    {
        var echo = new RequestEcho("POST", "/api/v1/deals", "{\"title\":\"it's\"}", "r1");

        var command = CurlCommand.For(ApiErrors.AuthMissing(), echo);

        Assert.Equal("curl -i -X POST 'http://localhost:5000/api/v1/deals' -H 'Content-Type: application/json' -d '{\"title\":\"it'\\''s\"}'", command);
        Assert.Contains("Bearer <access token>", CurlCommand.For(ApiErrors.FirewallNotFound(), echo));
    }
}
