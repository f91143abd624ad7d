// Command bot is storybot: a Slack bot that answers questions about one news
// story and cites the story's own paragraphs. Build it with
// "go build -o storybot ./cmd/bot" (a binary named bot would land in the
// bot/ package folder).
//
//	storybot [serve]              run the Slack bot (socket mode; needs tokens)
//	storybot ask [--json] Q       answer one question offline
//	storybot timeline [--json]    the article's dated events, in order
//	storybot quotes [--json] [S]  the article's quotations, optionally by speaker S
//	storybot eval [--json] FILE   score a question file (dev_qa.jsonl format)
//	storybot eval [--json] DIR    score a corpus folder (art-X.txt, art-X_qa.jsonl, art-X_quotes.jsonl)
//	storybot --help | --version
//
// Configuration comes from the environment and an optional .env file; the
// real environment wins. See .env.example and "storybot --help".
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		var ue usageError
		if !errors.As(err, &ue) || ue.msg != "" {
			fmt.Fprintln(os.Stderr, "storybot:", err)
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
	// Help and version need no configuration: they work from a fresh clone
	// whatever the .env holds.
	switch {
	case wantsHelp(args):
		fmt.Fprint(stdout, help)
		return nil
	case wantsVersion(args):
		fmt.Fprintln(stdout, version())
		return nil
	}
	cmd := commandOf(args)
	cfg, err := loadConfig(getenv)
	if de := (*dotenvError)(nil); errors.As(err, &de) && offline[cmd] {
		// The offline commands need no settings from .env to answer: say
		// what is wrong with it and go on without it.
		fmt.Fprintf(stderr, "storybot: warning: %v; going on without it\n", de)
		err = nil
	}
	if err != nil {
		return err
	}
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
	}
	return usageError{fmt.Sprintf("unknown command %q\n%s", cmd, usage)}
}

// offline names the commands that answer from the article alone: they run
// without Slack settings and despite a malformed .env.
var offline = map[string]bool{"ask": true, "timeline": true, "quotes": true, "eval": true}

// wantsHelp reports whether args ask for help: "help" as the command, or
// -h, -help or --help anywhere before a "--".
func wantsHelp(args []string) bool {
	if commandOf(args) == "help" {
		return true
	}
	for _, a := range args {
		switch a {
		case "--":
			return false
		case "-h", "-help", "--help":
			return true
		}
	}
	return false
}

// wantsVersion reports whether args ask for the version: "version" as the
// command, or -version or --version anywhere before a "--".
func wantsVersion(args []string) bool {
	if commandOf(args) == "version" {
		return true
	}
	for _, a := range args {
		switch a {
		case "--":
			return false
		case "-version", "--version":
			return true
		}
	}
	return false
}

// version is the program's version and the VCS revision it was built
// from, as the Go toolchain recorded them ("go build" in a git checkout
// records the revision; "go run" and tests may not).
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "storybot (no build information)"
	}
	v := bi.Main.Version
	if v == "" || v == "(devel)" {
		v = "devel"
	}
	var rev, when string
	modified := false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			when = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	out := "storybot " + v
	if rev == "" {
		return out + " (revision unknown: build with go build in a git checkout) " + bi.GoVersion
	}
	out += " (revision " + rev
	if when != "" {
		out += ", " + when
	}
	if modified {
		out += ", with uncommitted changes"
	}
	return out + ") " + bi.GoVersion
}

// usage is the short reminder printed after a usage mistake (exit status 2).
const usage = `usage:
  storybot [serve]                run the Slack bot (needs SLACK_BOT_TOKEN and SLACK_APP_TOKEN)
  storybot ask [--json] QUESTION  answer one question about the article
  storybot timeline [--json]      the article's dated events, in order
  storybot quotes [--json] [NAME] the article's quotations, optionally by one speaker
  storybot eval [--json] QA.jsonl score a question file
  storybot eval [--json] DIR      score a corpus folder (NAME.txt, NAME_qa.jsonl, NAME_quotes.jsonl)
  storybot --help                 everything else: options, environment, exit codes
`

// help is the full help, printed to stdout by --help, -h or "help"
// anywhere on the command line.
const help = `storybot answers questions about one news article, in Slack or offline,
citing the article's paragraphs (¶n) and quoting it verbatim.

usage:
  storybot [serve] [options]          run the Slack bot (socket mode)
  storybot ask [--json] QUESTION      answer one question about the article
  storybot timeline [--json]          the article's dated events, in order
  storybot quotes [--json] [NAME]     every quotation, or one speaker's
  storybot eval [--json] QA.jsonl     score a question file, e.g.
                                      knowledge/testdata/dev_qa.jsonl
  storybot eval [--json] DIR          score a corpus folder, e.g.
                                      knowledge/testdata/corpus: each NAME.txt
                                      with NAME_qa.jsonl and NAME_quotes.jsonl
  storybot help | --help | -h         this help (also after a command)
  storybot version | --version        version and VCS revision

ask, timeline, quotes and eval work offline: no Slack tokens, no model key.

options (before or after the command):
  --json                    machine-readable output (ask, timeline, quotes, eval)
  --explain                 ask: also show how the lookup read the question (its
                            type, entities, terms and best sentences)
  --article FILE            another plain-text article (or ARTICLE_FILE)
  --published YYYY-MM-DD    its publication date (or ARTICLE_PUBLISHED)
  --                        end of options: a question may start with "-"

environment (also read from ./.env, or the file DOTENV names; the real
environment wins; .env.example lists every variable with its default):
  SLACK_BOT_TOKEN           xoxb-… bot token (the Slack bot only)
  SLACK_APP_TOKEN           xapp-… app-level token with connections:write
  SLACK_API_URL             Web API base URL (default https://slack.com/api/)
  OPENAI_API_KEY            turns model-backed answers on (default: off)
  OPENAI_BASE_URL           any OpenAI-compatible server (default OpenAI's)
  OPENAI_MODEL              model name (default gpt-4.1-mini)
  OPENAI_TIMEOUT            bound on one answer, a Go duration (default 20s)
  OPENAI_STRUCTURED         true/false: ask the model for JSON (default: on
                            for OpenAI's API, off for other servers)
  WORDNET_DIR               WordNet database for synonyms and irregular forms
                            (default /usr/share/wordnet; Debian wordnet-base)
  ARTICLE_FILE, ARTICLE_PUBLISHED  as --article and --published
  LOG_FORMAT                text or json (default text)
  LOG_LEVEL                 debug, info, warn or error (default info)
  HEALTH_ADDR               address for /healthz and /metrics (default off)
  REDIS_URL                 Redis shared by replicas for exactly-once answers
  REDIS_CLAIM_IDLE          with REDIS_URL: how long a question may sit with a
                            silent replica before another answers it (default 30s)
  FEEDBACK_FILE             where 👍/👎 votes go (default feedback.jsonl)
A malformed .env stops the Slack bot with the line at fault; the offline
commands warn and go on without it.

exit status:
  0  success (and --help, --version)
  1  failure: an unreadable file, a failed eval question, Slack refusing a token
  2  a usage mistake: unknown command or option, missing argument

more: README.md, and docs/ in the repository (docs/slack.md for the Slack
app, docs/operations.md for running it, docs/model.md for model answers).
`
