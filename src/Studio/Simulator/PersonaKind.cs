namespace ApiStudio.Studio.Simulator;

public enum PersonaKind
{
    Anonymous,
    MalformedToken,
    ExpiredToken,
    User,
    PublishableKey,
    SecretKey,
}
