// Command bot is storybot: a Slack bot that answers questions about one news
// story and cites the story's own paragraphs.
//
//	bot [serve]              run the Slack bot (socket mode; needs tokens)
//	bot ask [--json] Q       answer one question offline
//	bot timeline [--json]    the article's dated events, in order
//	bot quotes [--json] [S]  the article's quotations, optionally by speaker S
//	bot eval [--json] FILE   score a question file (dev_qa.jsonl format)
//	bot eval [--json] DIR    score a corpus folder (art-X.txt, art-X_qa.jsonl, art-X_quotes.jsonl)
//
// Configuration comes from the environment and an optional .env file; the
// real environment wins. See .env.example.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		var ue usageError
		if !errors.As(err, &ue) || ue.msg != "" {
			fmt.Fprintln(os.Stderr, "bot:", err)
		}
		os.Exit(exitCode(err))
	}
}

// usageError is a mistake in how the program was invoked (exit status 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// exitCode maps an error from run to a process exit status: 2 for usage
// errors, 1 for anything else.
func exitCode(err error) int {
	var ue usageError
	if errors.As(err, &ue) {
		return 2
	}
	return 1
}

// run is the whole program: main only wires it to the process. args excludes
// the program name; getenv reads the real environment (the .env file is
// consulted only for variables it leaves unset).
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	cfg, err := loadConfig(getenv)
	if err != nil {
		return err
	}
	if len(args) == 0 {
		return serve(ctx, cfg, stdout, stderr)
	}
	cmd := commandOf(args)
	switch cmd {
	case "", "serve":
		// Global flags only ("--article FILE"), or "serve" with them.
		c, err := parseCLI(&cfg, args)
		if err != nil {
			return err
		}
		if c.json || len(c.rest) > 0 {
			return usageError{fmt.Sprintf("the Slack bot takes only --article and --published\n%s", usage)}
		}
		return serve(ctx, cfg, stdout, stderr)
	case "ask", "timeline", "quotes", "eval":
		return runCLI(ctx, cfg, args, stdin, stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	return usageError{fmt.Sprintf("unknown command %q\n%s", cmd, usage)}
}

const usage = `usage:
  bot [serve]                run the Slack bot (needs SLACK_BOT_TOKEN and SLACK_APP_TOKEN)
  bot ask [--json] QUESTION  answer one question about the article
  bot timeline [--json]      the article's dated events, in order
  bot quotes [--json] [NAME] the article's quotations, optionally by one speaker
  bot eval [--json] QA.jsonl score a question file
  bot eval [--json] DIR      score a corpus folder: each NAME.txt with its
                             NAME_qa.jsonl and NAME_quotes.jsonl

global options (before or after the command):
  --article FILE             load another plain-text article (or ARTICLE_FILE)
  --published YYYY-MM-DD     its publication date (or ARTICLE_PUBLISHED)
`
