package main

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"storybot/internal/fakeopenai"
	"storybot/internal/fakeslack"
	"storybot/knowledge"
)

// TestServeBadArticle runs the Slack bot (no subcommand, and "serve") with
// an --article file that is missing, unreadable, a directory or binary:
// each fails start-up with a sentence naming the file, exit status 1, no
// panic and no token in the output.
func TestServeBadArticle(t *testing.T) {
	fs := fakeslack.New(fakeslack.Options{})
	defer fs.Close()
	dir := t.TempDir()
	binary := filepath.Join(dir, "photo.jpg")
	if err := os.WriteFile(binary, []byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00"), 0o600); err != nil {
		t.Fatal(err)
	}
	locked := filepath.Join(dir, "locked.txt")
	if err := os.WriteFile(locked, []byte("Title\n\nA paragraph.\n"), 0o000); err != nil {
		t.Fatal(err)
	}
	unreadable := locked
	if _, err := os.ReadFile(locked); err == nil {
		// Root reads a mode-000 file; /proc/self/mem opens but fails to read
		// at offset 0, which is unreadable for everyone.
		unreadable = "/proc/self/mem"
		if _, err := os.Stat(unreadable); err != nil {
			unreadable = ""
		}
	}
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"missing", []string{"--article", "/no/such/story.txt"}, "/no/such/story.txt does not exist"},
		{"missing serve", []string{"serve", "--article=/no/such/story.txt"}, "/no/such/story.txt does not exist"},
		{"directory", []string{"--article", dir}, "is a directory"},
		{"binary", []string{"--article", binary, "serve"}, "not plain text"},
	}
	if unreadable != "" {
		cases = append(cases, struct {
			name string
			args []string
			want string
		}{"unreadable", []string{"--article", unreadable}, "cannot read the article file " + unreadable})
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out syncBuffer
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			err := run(ctx, c.args, env(t, fs), strings.NewReader(""), &out, &out)
			if err == nil {
				t.Fatal("run succeeded")
			}
			if got := exitCode(err); got != 1 {
				t.Errorf("exit %d, want 1 (%v)", got, err)
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %q lacks %q", err, c.want)
			}
			if all := err.Error() + out.String(); strings.Contains(all, fs.BotToken()) || strings.Contains(all, fs.AppToken()) {
				t.Errorf("a token appeared in the output: %s", all)
			}
		})
	}
}

// TestServeFlagUsage checks that the Slack bot refuses arguments it does
// not take with a usage message (exit status 2).
func TestServeFlagUsage(t *testing.T) {
	fs := fakeslack.New(fakeslack.Options{})
	defer fs.Close()
	for _, args := range [][]string{{"--json"}, {"serve", "extra"}, {"--verbose"}, {"--article"}, {"--published", "March 2"}} {
		err := run(context.Background(), args, env(t, fs), strings.NewReader(""), &syncBuffer{}, &syncBuffer{})
		if err == nil {
			t.Errorf("%q: run succeeded", args)
			continue
		}
		if got := exitCode(err); got != 2 {
			t.Errorf("%q: exit %d, want 2 (%v)", args, got, err)
		}
	}
}

// TestServeArticleFlagBeforeCommand runs "bot --article FILE" (global
// flags, no subcommand): the Slack bot answers from that article.
func TestServeArticleFlagBeforeCommand(t *testing.T) {
	for _, args := range [][]string{{"--article", council}, {"--article=" + council, "serve"}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			fs := fakeslack.New(fakeslack.Options{})
			defer fs.Close()
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan error, 1)
			var out syncBuffer
			go func() { done <- run(ctx, args, env(t, fs), strings.NewReader(""), &out, &out) }()
			defer func() {
				cancel()
				if err := <-done; err != nil {
					t.Errorf("run: %v", err)
				}
			}()
			if err := fs.WaitConnections(waitCtx(t), 1); err != nil {
				t.Fatalf("not connected: %v\n%s", err, out.String())
			}
			q := "Who is David Kim?"
			env, _ := fs.AppMention(fakeslack.Event{Text: "<@" + fs.BotUserID() + "> " + q})
			if err := fs.Send(waitCtx(t), env); err != nil {
				t.Fatal(err)
			}
			ms, err := fs.WaitMessages(waitCtx(t), 1)
			if err != nil {
				t.Fatal(err)
			}
			a, err := loadArticle(config{ArticleFile: council})
			if err != nil {
				t.Fatal(err)
			}
			want, err := newAnswerer(config{}, a, slog.New(slog.DiscardHandler)).Answer(context.Background(), knowledge.Question{Text: q})
			if err != nil {
				t.Fatal(err)
			}
			first, _, _ := strings.Cut(want.Text, "\n")
			if !strings.Contains(unescape(ms[0].Text), first) {
				t.Errorf("reply %q does not carry the council article's answer %q", ms[0].Text, first)
			}
		})
	}
}

// TestCLIBadQuestions asks the offline command a 200 KB question, binary
// junk and an empty question, with and without a model configured: each
// gets a clear answer or message and exit status, and no secret is shown.
func TestCLIBadQuestions(t *testing.T) {
	fo := fakeopenai.New("sk-cli-secret")
	defer fo.Close()
	fo.Respond(func(fakeopenai.Request) fakeopenai.Reply { return fakeopenai.Reply{Text: "No citation here."} })
	envs := map[string]map[string]string{
		"lookup": {"SLACK_BOT_TOKEN": "xoxb-cli-secret"},
		"model":  {"SLACK_BOT_TOKEN": "xoxb-cli-secret", "OPENAI_API_KEY": "sk-cli-secret", "OPENAI_BASE_URL": fo.URL},
	}
	cases := []struct {
		name, q string
		code    int // 0 for success
		want    string
	}{
		{"200 KB", strings.Repeat("why ", 50000), 1, "too long"},
		{"empty", "   ", 1, "question is empty"},
		{"binary junk", "\x00\x01\xff\xfe junk \u202e", -1, ""},
	}
	for name, e := range envs {
		for _, c := range cases {
			out, errOut, err := runCmd(t, e, "ask", "--json", c.q)
			all := out + errOut
			if err != nil {
				all += err.Error()
			}
			switch {
			case c.code == 1 && (err == nil || exitCode(err) != 1 || !strings.Contains(err.Error(), c.want)):
				t.Errorf("%s, %s: %v, want exit 1 saying %q", name, c.name, err, c.want)
			case c.code == -1 && err == nil && !strings.Contains(out, `"answer"`):
				t.Errorf("%s, %s: no JSON answer: %q", name, c.name, out)
			case c.code == -1 && err != nil && exitCode(err) != 1:
				t.Errorf("%s, %s: exit %d", name, c.name, exitCode(err))
			}
			if strings.Contains(all, "cli-secret") {
				t.Errorf("%s, %s: a secret in the output", name, c.name)
			}
		}
	}
}
