package main

import (
	"errors"
	"os/exec"
	"strings"
	"syscall"
	"testing"

	"storybot/internal/fakeslack"
)

// TestBinarySIGTERM runs the built program as an operator would, against
// the loopback Slack: it answers a mention, and SIGTERM makes it exit 0; a
// rejected token makes it exit 1 without printing the token.
func TestBinarySIGTERM(t *testing.T) {
	fs := fakeslack.New(fakeslack.Options{})
	defer fs.Close()
	// The program adds the slash to SLACK_API_URL.
	r := startBinary(t, fs, environ(t, fs, "SLACK_API_URL", strings.TrimSuffix(fs.URL(), "/")))
	env, _ := fs.AppMention(fakeslack.Event{Text: "<@" + fs.BotUserID() + "> Who is Flores?"})
	if err := fs.Send(waitCtx(t), env); err != nil {
		t.Fatal(err)
	}
	if _, err := fs.WaitMessages(waitCtx(t), 1); err != nil {
		t.Fatalf("no answer: %v\n%s", err, r.out.String())
	}
	if err := r.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := r.wait(t); err != nil {
		t.Errorf("after SIGTERM: %v, want exit 0\n%s", err, r.out.String())
	}

	bad := exec.Command(storybotBinary(t))
	bad.Env = environ(t, fs, "SLACK_BOT_TOKEN", "xoxb-rejected-secret-value")
	b, err := bad.CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 1 {
		t.Errorf("with a rejected token: %v, want exit status 1", err)
	}
	if strings.Contains(string(b), "rejected-secret") || !strings.Contains(string(b), "SLACK_BOT_TOKEN") {
		t.Errorf("output should name SLACK_BOT_TOKEN and not show it:\n%s", b)
	}
	if out := r.out.String(); strings.Contains(out, fs.BotToken()) || strings.Contains(out, fs.AppToken()) {
		t.Errorf("a token appeared in the output")
	}
}
