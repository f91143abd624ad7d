package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"
)

// Where each token is made, for messages that tell the operator how to
// fix it.
const (
	whereBotToken = "your app's settings at https://api.slack.com/apps → OAuth & Permissions → Bot User OAuth Token"
	whereAppToken = "your app's settings at https://api.slack.com/apps → Basic Information → App-Level Tokens"
)

// checkSlackTokens validates the presence and prefixes of both Slack
// tokens and reports every problem at once, never echoing a value. A
// token in the other's variable gets a "swapped?" hint.
func checkSlackTokens(cfg config) error {
	var problems []string
	missing := 0
	for _, tok := range []slackToken{
		{"SLACK_BOT_TOKEN", cfg.SlackBotToken, "xoxb-", "a bot token", "", whereBotToken, "SLACK_APP_TOKEN", "xapp-", "an app-level token"},
		{"SLACK_APP_TOKEN", cfg.SlackAppToken, "xapp-", "an app-level token", " (scope connections:write)", whereAppToken, "SLACK_BOT_TOKEN", "xoxb-", "a bot token"},
	} {
		if p := tok.problem(); p != "" {
			problems = append(problems, p)
			if tok.value == "" {
				missing++
			}
		}
	}
	if len(problems) == 0 {
		return nil
	}
	msg := "the Slack bot cannot start: " + strings.Join(problems, "; ")
	if missing > 0 {
		msg += "; set them in the environment or in .env (see README, \"Slack setup\"); or " + tryOffline
	}
	return errors.New(msg)
}

// slackToken is one Slack token setting and what it must look like.
type slackToken struct {
	name, value, prefix, kind, scope, where string
	other, otherPrefix, otherKind           string // the other token, for the "swapped?" hint
}

// problem says what is wrong with the token, or "" when it looks right.
func (t slackToken) problem() string {
	switch {
	case t.value == "":
		return fmt.Sprintf("%s (%s…) is not set", t.name, t.prefix)
	case strings.HasPrefix(t.value, t.otherPrefix):
		return fmt.Sprintf("%s holds %s (%s…): swapped with %s? %s takes the %s token%s from %s",
			t.name, t.otherKind, t.otherPrefix, t.other, t.name, t.prefix, t.scope, t.where)
	case !strings.HasPrefix(t.value, t.prefix):
		scope := ""
		if t.scope != "" {
			scope = ", " + strings.Trim(t.scope, " ()") // "…, scope connections:write"
		}
		return fmt.Sprintf("%s is not %s: it should start with %s (%s%s)", t.name, t.kind, t.prefix, t.where, scope)
	}
	return ""
}

// fatalTokenCodes are the Slack error codes that no retry can cure: the
// token is wrong, revoked, of the wrong type or lacks a scope.
var fatalTokenCodes = map[string]bool{
	"missing_scope":          true,
	"not_allowed_token_type": true,
	"invalid_auth":           true,
	"not_authed":             true,
	"token_revoked":          true,
	"token_expired":          true,
	"account_inactive":       true,
}

// slackCode returns the Slack error code of err ("missing_scope"), or "".
func slackCode(err error) string {
	var apiErr slack.SlackErrorResponse
	if errors.As(err, &apiErr) {
		return apiErr.Err
	}
	if err != nil && fatalTokenCodes[err.Error()] {
		return err.Error() // slack-go passes some codes on as plain errors
	}
	return ""
}

// tokenError is a token Slack refused for good: it names the variable,
// the scope it lacks and where to fix it, never the value.
type tokenError struct {
	variable string // SLACK_APP_TOKEN or SLACK_BOT_TOKEN
	method   string // the Web API method that said so
	code     string // Slack's error code
}

// asTokenError returns err as a *tokenError when Slack's answer to method
// means the token in variable cannot work, or nil.
func asTokenError(variable, method string, err error) *tokenError {
	code := slackCode(err)
	if !fatalTokenCodes[code] {
		return nil
	}
	return &tokenError{variable: variable, method: method, code: code}
}

func (e *tokenError) Error() string {
	where, kind := whereBotToken, "a bot token (xoxb-…)"
	if e.variable == "SLACK_APP_TOKEN" {
		where, kind = whereAppToken, "an app-level token (xapp-…)"
	}
	said := fmt.Sprintf("Slack answered %s to %s", e.code, e.method)
	switch e.code {
	case "missing_scope":
		if e.variable == "SLACK_APP_TOKEN" {
			return fmt.Sprintf("%s lacks the scope %s (%s): generate an app-level token with %s in %s and set %s to it",
				e.variable, scopeFor(e.method), said, scopeFor(e.method), where, e.variable)
		}
		return fmt.Sprintf("%s lacks the scope %s (%s): add it in your app's settings at https://api.slack.com/apps → OAuth & Permissions → Scopes, reinstall the app and set %s to the new token",
			e.variable, scopeFor(e.method), said, e.variable)
	case "not_allowed_token_type":
		return fmt.Sprintf("%s is the wrong type of token (%s): it must be %s from %s, with the scope connections:write for the app-level token; swapped with the other token?",
			e.variable, said, kind, where)
	case "token_revoked", "token_expired", "account_inactive":
		return fmt.Sprintf("%s no longer works (%s): the token was revoked, expired or the app uninstalled; reinstall the app and take a new token from %s",
			e.variable, said, where)
	}
	return fmt.Sprintf("%s was rejected by Slack (%s): check %s in %s and that the app is installed", e.variable, said, kind, where)
}

// scopeFor is the scope a Web API method needs.
func scopeFor(method string) string {
	switch method {
	case "apps.connections.open":
		return "connections:write"
	case "chat.postMessage", "chat.update", "chat.postEphemeral":
		return "chat:write"
	case "conversations.replies":
		return "channels:history, groups:history, im:history"
	}
	return "needed by " + method
}

// revokedGrace is how long a bot whose token stopped working while it ran
// keeps /healthz at 503 before it exits, so probes and operators see why.
var revokedGrace = 5 * time.Second

// tokenGuard stops the bot when Slack refuses one of its tokens for good:
// at start-up at once (exit 1 within a second), while running after
// /healthz has reported 503 for grace. It is safe for concurrent use.
type tokenGuard struct {
	log   *slog.Logger
	stop  context.CancelFunc // ends the event loop
	grace time.Duration

	mu        sync.Mutex
	first     *tokenError
	connected bool // the socket has been up at least once
}

// failed reports whether a token was refused.
func (g *tokenGuard) failed() bool { return g.err() != nil }

// err returns the first refusal, or nil.
func (g *tokenGuard) err() error {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.first == nil {
		return nil
	}
	return g.first
}

// refuse records te and stops the bot: at once before the socket was ever
// up, after grace otherwise.
func (g *tokenGuard) refuse(te *tokenError) {
	g.mu.Lock()
	if g.first != nil {
		g.mu.Unlock()
		return
	}
	g.first = te
	wait := time.Duration(0)
	if g.connected {
		wait = g.grace
	}
	g.mu.Unlock()
	g.log.Error("Slack refused a token; stopping", "err", te.Error(), "variable", te.variable, "code", te.code, "exit_in", wait)
	if wait == 0 {
		g.stop()
		return
	}
	time.AfterFunc(wait, g.stop)
}

// webAPI is bot.Config.OnTokenError: the bot token was refused by method.
// A missing scope stops the bot only for the calls it cannot answer
// without (chat.*); others (history, views) only lose a feature.
func (g *tokenGuard) webAPI(method string, err error) {
	te := asTokenError("SLACK_BOT_TOKEN", method, err)
	if te == nil || te.code == "missing_scope" && !strings.HasPrefix(method, "chat.") {
		return
	}
	g.refuse(te)
}

// watch passes events on until ctx ends, noting connections and stopping
// the bot when apps.connections.open refuses the app token (slack-go
// would retry missing_scope and not_allowed_token_type forever).
func (g *tokenGuard) watch(ctx context.Context, in <-chan socketmode.Event) <-chan socketmode.Event {
	out := make(chan socketmode.Event)
	go func() {
		for {
			var evt socketmode.Event
			select {
			case evt = <-in:
			case <-ctx.Done():
				return
			}
			switch evt.Type {
			case socketmode.EventTypeConnected, socketmode.EventTypeHello:
				g.mu.Lock()
				g.connected = true
				g.mu.Unlock()
			case socketmode.EventTypeConnectionError:
				if d, ok := evt.Data.(*slack.ConnectionErrorEvent); ok {
					if te := asTokenError("SLACK_APP_TOKEN", "apps.connections.open", d.ErrorObj); te != nil {
						g.refuse(te)
					}
				}
			}
			select {
			case out <- evt:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}
