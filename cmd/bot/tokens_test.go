package main

import (
	"context"
	"errors"
	"io"
	"net/http"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"

	"storybot/internal/fakeslack"
)

// TestAppTokenRefusedStops: apps.connections.open answering missing_scope
// or not_allowed_token_type (which slack-go would retry forever) ends
// start-up within a second with exit 1 and a message naming the variable,
// the scope and where to fix it, and no token anywhere in the output.
func TestAppTokenRefusedStops(t *testing.T) {
	cases := []struct{ code, want string }{
		{"missing_scope", "connections:write"},
		{"not_allowed_token_type", "app-level token"},
		{"token_revoked", "App-Level Tokens"},
		{"account_inactive", "reinstall"},
	}
	for _, c := range cases {
		t.Run(c.code, func(t *testing.T) {
			fs := fakeslack.New(fakeslack.Options{})
			defer fs.Close()
			fs.Fail("apps.connections.open", 1000, c.code)
			var out syncBuffer
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			start := time.Now()
			err := run(ctx, nil, env(t, fs), strings.NewReader(""), &out, &out)
			took := time.Since(start)
			if err == nil {
				t.Fatal("run succeeded with a refused app token")
			}
			if got := exitCode(err); got != 1 {
				t.Errorf("exit %d, want 1", got)
			}
			// stopping at once means asking once: a refused token is not retried
			if n := len(fs.Calls("apps.connections.open")); n != 1 {
				t.Errorf("%d connection attempts in %v, want 1", n, took)
			}
			msg := err.Error()
			for _, want := range []string{"SLACK_APP_TOKEN", c.code, c.want, "api.slack.com/apps"} {
				if !strings.Contains(msg, want) {
					t.Errorf("message lacks %q: %s", want, msg)
				}
			}
			all := msg + out.String()
			if strings.Contains(all, fs.AppToken()) || strings.Contains(all, fs.BotToken()) {
				t.Errorf("a token value appeared in the output:\n%s", all)
			}
			t.Logf("stopped in %v: %s", took.Round(time.Millisecond), msg)
		})
	}
}

// TestBotTokenRefusedAtStart: auth.test refusing the bot token names
// SLACK_BOT_TOKEN and what to do.
func TestBotTokenRefusedAtStart(t *testing.T) {
	fs := fakeslack.New(fakeslack.Options{})
	defer fs.Close()
	fs.Fail("auth.test", 1, "not_allowed_token_type")
	err := run(waitCtx(t), nil, env(t, fs), strings.NewReader(""), io.Discard, io.Discard)
	if err == nil || exitCode(err) != 1 || !strings.Contains(err.Error(), "SLACK_BOT_TOKEN") || !strings.Contains(err.Error(), "xoxb-") {
		t.Errorf("run = %v, want exit 1 naming SLACK_BOT_TOKEN", err)
	}
}

// TestTokenProblemsReportedAtOnce: every missing or malformed token is
// named in one message, swapped tokens get a hint, values never appear.
func TestTokenProblemsReportedAtOnce(t *testing.T) {
	fs := fakeslack.New(fakeslack.Options{})
	defer fs.Close()
	cases := []struct {
		name, bot, app string
		want           []string
	}{
		{"swapped", "xapp-1-secret-app", "xoxb-secret-bot", []string{"SLACK_BOT_TOKEN holds an app-level token", "SLACK_APP_TOKEN holds a bot token", "swapped with SLACK_APP_TOKEN?"}},
		{"both malformed", "xoxp-secret-user", "nonsense-secret", []string{"SLACK_BOT_TOKEN is not a bot token", "SLACK_APP_TOKEN is not an app-level token"}},
		{"one missing one malformed", "", "xoxp-secret-user", []string{"SLACK_BOT_TOKEN (xoxb-…) is not set", "SLACK_APP_TOKEN is not an app-level token", "go run ./cmd/bot ask"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out syncBuffer
			err := run(waitCtx(t), nil, env(t, fs, "SLACK_BOT_TOKEN", c.bot, "SLACK_APP_TOKEN", c.app), strings.NewReader(""), &out, &out)
			if err == nil || exitCode(err) != 1 {
				t.Fatalf("run = %v, want exit 1", err)
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("message lacks %q: %s", w, err)
				}
			}
			all := err.Error() + out.String()
			for _, tok := range []string{c.bot, c.app} {
				if tok != "" && strings.Contains(all, tok) {
					t.Errorf("token value in output: %s", all)
				}
			}
		})
	}
}

// TestBotTokenRevokedWhileRunning: a bot token revoked after start-up is
// logged, /healthz turns 503, and run exits non-zero after the grace.
func TestBotTokenRevokedWhileRunning(t *testing.T) {
	old := revokedGrace
	revokedGrace = 500 * time.Millisecond
	defer func() { revokedGrace = old }()
	fs := fakeslack.New(fakeslack.Options{})
	defer fs.Close()
	var out syncBuffer
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, nil, env(t, fs, "HEALTH_ADDR", "127.0.0.1:0"), strings.NewReader(""), &out, &out)
	}()
	if err := fs.WaitConnections(waitCtx(t), 1); err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`health_addr=(\S+)`).FindStringSubmatch(out.String())
	if m == nil {
		t.Fatalf("health address not logged:\n%s", out.String())
	}
	health := func() int {
		resp, err := http.Get("http://" + m[1] + "/healthz")
		if err != nil {
			return 0
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if err := waitFor(waitCtx(t), func() bool { return health() == http.StatusOK }); err != nil {
		t.Fatal("never healthy")
	}
	fs.Fail("chat.postMessage", 1000, "token_revoked")
	ev, _ := fs.AppMention(fakeslack.Event{Text: "<@" + fs.BotUserID() + "> Who is Flores?"})
	if err := fs.Send(waitCtx(t), ev); err != nil {
		t.Fatal(err)
	}
	if err := waitFor(waitCtx(t), func() bool { return health() == http.StatusServiceUnavailable }); err != nil {
		t.Errorf("/healthz never turned 503 after the token was revoked")
	}
	select {
	case err := <-done:
		if err == nil || exitCode(err) == 0 || !strings.Contains(err.Error(), "SLACK_BOT_TOKEN") {
			t.Errorf("run = %v, want a non-zero exit naming SLACK_BOT_TOKEN", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("run did not stop after the token was revoked")
	}
	if !strings.Contains(out.String(), "Slack refused a token") || strings.Contains(out.String(), fs.BotToken()) {
		t.Errorf("log should say the token was refused, without it:\n%s", out.String())
	}
}

// TestBinaryMissingScopeExits1 runs the built program with an app token
// Slack answers missing_scope: the process exits with status 1 after one
// attempt, naming the variable and the scope, and prints no token.
func TestBinaryMissingScopeExits1(t *testing.T) {
	bin := storybotBinary(t)
	fs := fakeslack.New(fakeslack.Options{})
	defer fs.Close()
	fs.Fail("apps.connections.open", 1000, "missing_scope")
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin)
	cmd.Env = environ(t, fs)
	start := time.Now()
	out, err := cmd.CombinedOutput()
	took := time.Since(start)
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 1 {
		t.Errorf("exit: %v, want status 1\n%s", err, out)
	}
	if n := len(fs.Calls("apps.connections.open")); n != 1 {
		t.Errorf("%d connection attempts before exiting (after %v), want 1: a refused token is not retried", n, took)
	}
	for _, want := range []string{"SLACK_APP_TOKEN", "connections:write", "missing_scope"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(string(out), fs.AppToken()) || strings.Contains(string(out), fs.BotToken()) {
		t.Errorf("a token appeared in the output:\n%s", out)
	}
	t.Logf("exit 1 after %v: %s", took.Round(time.Millisecond), strings.TrimSpace(string(out[strings.LastIndex(string(out[:len(out)-1]), "\n")+1:])))
}
