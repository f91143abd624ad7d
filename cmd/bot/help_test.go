package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHelpAnywhere checks that --help, -h and "help", before or after a
// command, print the full help to stdout and succeed, even with a .env
// that would stop the Slack bot.
func TestHelpAnywhere(t *testing.T) {
	bad := writeFile(t, "bad.env", "OK=1\nnot a setting\n")
	for _, args := range [][]string{
		{"--help"}, {"-h"}, {"help"}, {"ask", "--help"}, {"timeline", "-h"},
		{"quotes", "-help"}, {"eval", "--help"}, {"serve", "--help"}, {"--article", "x.txt", "-h"},
	} {
		out, errOut, err := runCmd(t, map[string]string{"DOTENV": bad}, args...)
		if err != nil {
			t.Errorf("%q: %v, want success", args, err)
			continue
		}
		if errOut != "" {
			t.Errorf("%q wrote to stderr: %q", args, errOut)
		}
		for _, want := range []string{"storybot ask", "SLACK_BOT_TOKEN", "OPENAI_API_KEY", ".env", "exit status", "docs/"} {
			if !strings.Contains(out, want) {
				t.Errorf("%q: help lacks %q", args, want)
			}
		}
	}
	// After "--" it is a question, not a request for help.
	out, _, err := runCmd(t, nil, "ask", "--", "--help")
	if err != nil || strings.Contains(out, "exit status") {
		t.Errorf("ask -- --help: %v\n%s", err, out)
	}
}

func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"--version"}, {"version"}, {"ask", "--version"}} {
		out, _, err := runCmd(t, nil, args...)
		if err != nil || !strings.HasPrefix(out, "storybot ") || !strings.Contains(out, "go1.") {
			t.Errorf("%q: %v, %q", args, err, out)
		}
	}
}

// TestMalformedDotenv checks that a malformed .env names its line (never
// its content) and stops the Slack bot, while the offline commands warn
// and answer without Slack settings.
func TestMalformedDotenv(t *testing.T) {
	bad := writeFile(t, "bad.env", "# comment\nLOG_LEVEL=info\nSLACK_BOT_TOKEN xoxb-secret-value\n")
	env := map[string]string{"DOTENV": bad}
	_, _, err := runCmd(t, env)
	if err == nil || !strings.Contains(err.Error(), "line 3") || strings.Contains(err.Error(), "secret") {
		t.Errorf("serve with a malformed .env: %v, want an error naming line 3 and not the value", err)
	}
	for _, args := range [][]string{
		{"ask", "Who is Sergey Kislyak?"}, {"timeline"}, {"quotes", "Flores"},
		{"eval", "../../knowledge/testdata/dev_qa.jsonl"},
	} {
		out, errOut, err := runCmd(t, env, args...)
		if err != nil || out == "" {
			t.Errorf("%q with a malformed .env: %v, want an answer", args, err)
		}
		if !strings.Contains(errOut, "line 3") || strings.Contains(errOut, "secret") {
			t.Errorf("%q: stderr %q, want a warning naming line 3 and not the value", args, errOut)
		}
	}
}

func TestBadLine(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"A=1\nB=2\n", 0},
		{"A=1\n\n# x\nB\n", 4},
		{"A=1\nB=\"open\nC=3\n", 2},
		{"export A=1\nbad-key=2\n", 2},
	}
	for _, tt := range tests {
		if got := badLine(tt.text); got != tt.want {
			t.Errorf("badLine(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

func writeFile(t *testing.T, name, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}
