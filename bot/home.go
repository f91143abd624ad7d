package bot

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"storybot/knowledge"
)

// Block Kit limits of a Home tab view.
const (
	maxHomeBlocks = 100
	maxHeaderText = 150
	// Sections given to the people and the timeline, so that a long
	// article still leaves room for the example questions.
	maxPeopleSections   = 10
	maxTimelineSections = 60
)

// DefaultAnsweredBy is Config.AnsweredBy when it is left empty.
const DefaultAnsweredBy = "lookup from the article"

// onHomeOpened publishes the story card when a user opens the bot's Home
// tab. The view is rendered once and published on every open (Slack keeps
// one Home view per user).
func (b *Bot) onHomeOpened(work context.Context, e *slackevents.AppHomeOpenedEvent) {
	if e.Tab != "home" || e.User == "" {
		return // the Messages or About tab
	}
	surf, ok := b.surfaces()
	if !ok {
		b.log.Warn("App Home opened, but the Slack client cannot publish views")
		return
	}
	b.background(work, func(ctx context.Context) {
		view := b.homeView()
		err := b.retry(ctx, "views.publish", func() error {
			_, err := surf.PublishViewContext(ctx, slack.PublishViewContextRequest{UserID: e.User, View: view})
			return err
		})
		if err != nil {
			b.log.Error("could not publish the Home tab", "user", e.User, "err", err)
			return
		}
		b.log.Info("home tab published", "user", e.User, "blocks", len(view.Blocks.BlockSet))
	})
}

// homeView is the story card, rendered on first use.
func (b *Bot) homeView() slack.HomeTabViewRequest {
	b.ext.homeOnce.Do(func() {
		b.ext.home = slack.HomeTabViewRequest{Type: slack.VTHomeTab, Blocks: slack.Blocks{BlockSet: b.homeBlocks()}}
	})
	return b.ext.home
}

// homeBlocks renders the story card: title, summary, people and roles,
// timeline, example questions and how questions are answered now, within
// Slack's limits for a Home view.
func (b *Bot) homeBlocks() []slack.Block {
	a := b.cfg.Article
	var blocks []slack.Block
	section := func(md string) {
		for _, c := range chunks(md, chunkChars) {
			blocks = append(blocks, slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, c, false, false), nil, nil))
		}
	}
	context := func(s string) {
		blocks = append(blocks, slack.NewContextBlock("", slack.NewTextBlockObject(slack.MarkdownType, escape(s), false, false)))
	}
	title := "storybot"
	if a != nil && strings.TrimSpace(a.Title) != "" {
		title = a.Title
	}
	blocks = append(blocks, slack.NewHeaderBlock(slack.NewTextBlockObject(slack.PlainTextType, clip(title, maxHeaderText), false, false)))
	if a != nil {
		if lead := a.Lead(); lead != "" {
			section(escape(lead) + " " + para(1))
		}
	}
	context("I answer questions about this story, and every answer cites the story's own paragraphs (¶n).")

	if people := peopleLines(a); len(people) > 0 {
		blocks = append(blocks, slack.NewDividerBlock())
		blocks = append(blocks, listSections("*People in the story*", people, maxPeopleSections, "more people: ask me who is who")...)
	}
	if a != nil && len(a.Events) > 0 {
		var lines []string
		for _, l := range timelineLines(a) {
			lines = append(lines, escape(l))
		}
		blocks = append(blocks, slack.NewDividerBlock())
		blocks = append(blocks, listSections("*Timeline*", lines, maxTimelineSections, "more events: /timeline has them all")...)
	}

	blocks = append(blocks, slack.NewDividerBlock())
	var ask []string
	for _, q := range b.exampleQuestions() {
		ask = append(ask, "• "+escape(q))
	}
	section("*Ask me*\n" + strings.Join(ask, "\n") +
		"\nMention me in a channel (I follow up in the thread), send me a direct message, open me in the assistant panel, or use `/timeline`, `/quote [name]`, `/ask question`.")
	answeredBy := b.cfg.AnsweredBy
	if answeredBy == "" {
		answeredBy = DefaultAnsweredBy
	}
	context("How questions are answered now: " + answeredBy + ".")

	if len(blocks) > maxHomeBlocks { // only with a huge lead or title: keep within Slack's limit
		blocks = append(blocks[:maxHomeBlocks-1], slack.NewContextBlock("",
			slack.NewTextBlockObject(slack.MarkdownType, "More in the article: ask me.", false, false)))
	}
	return blocks
}

// listSections renders a heading and mrkdwn lines as at most max section
// blocks, each within Slack's limit; lines that do not fit are counted in
// a last line ("…and 12 more events: …").
func listSections(heading string, lines []string, max int, more string) []slack.Block {
	var (
		out []string
		cur = heading
	)
	for i, l := range lines {
		l = clip(l, chunkChars-len(heading)-1)
		if utf8.RuneCountInString(cur)+1+utf8.RuneCountInString(l) > chunkChars {
			if len(out)+1 == max {
				cur += fmt.Sprintf("\n…and %d %s.", len(lines)-i, more)
				break
			}
			out = append(out, cur)
			cur = l
			continue
		}
		cur += "\n" + l
	}
	out = append(out, cur)
	blocks := make([]slack.Block, len(out))
	for i, md := range out {
		blocks[i] = slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, md, false, false), nil, nil)
	}
	return blocks
}

// peopleLines lists the people the article names with the role it gives
// each, most-mentioned roles first in reading order, then the others by
// name only.
func peopleLines(a *knowledge.Article) []string {
	if a == nil {
		return nil
	}
	var lines, others []string
	for _, e := range a.Entities {
		if e.Kind != knowledge.Person {
			continue
		}
		if e.Role == "" {
			others = append(others, escape(e.Name))
			continue
		}
		line := "• *" + escape(e.Name) + "*, " + escape(e.Role)
		if len(e.Paragraphs) > 0 {
			line += " (" + para(e.Paragraphs[0]) + ")"
		}
		lines = append(lines, line)
	}
	if len(others) > 0 {
		lines = append(lines, "Also named: "+strings.Join(others, ", ")+".")
	}
	return lines
}

// exampleQuestions are the suggested prompts and the help's examples,
// without repeats.
func (b *Bot) exampleQuestions() []string {
	var out []string
	for _, q := range append(b.suggestedPrompts(), b.examples()...) {
		if !slices.ContainsFunc(out, func(s string) bool { return strings.EqualFold(s, q) }) {
			out = append(out, q)
		}
	}
	return out
}

// suggestedPrompts are three questions that show what the bot does with
// this article: who someone is, the timeline, and what someone said. For
// the default article they are "Who is Sergey Kislyak?", "Show the
// timeline" and "What did Flores say?". The headline's subject and people
// the article quotes are passed over for the "who" question, and the
// headline's subject for the "said" one, to show more of the story.
func (b *Bot) suggestedPrompts() []string {
	a := b.cfg.Article
	if a == nil {
		return []string{"Who is in the story?", "Show the timeline", "What happened?"}
	}
	inTitle := func(name string) bool {
		e, ok := a.Entity(name)
		if !ok {
			return false
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if utf8.RuneCountInString(n) > 2 && strings.Contains(strings.ToLower(a.Title), strings.ToLower(n)) {
				return true
			}
		}
		return false
	}
	quoted := speakers(a)
	var who string
	for _, pass := range []func(knowledge.Entity) bool{
		func(e knowledge.Entity) bool {
			return e.Role != "" && !inTitle(e.Name) && !slices.Contains(quoted, e.Name)
		},
		func(e knowledge.Entity) bool { return e.Role != "" && !inTitle(e.Name) },
		func(knowledge.Entity) bool { return true },
	} {
		for _, e := range a.Entities {
			if e.Kind == knowledge.Person && pass(e) {
				who = e.Name
				break
			}
		}
		if who != "" {
			break
		}
	}
	var out []string
	if who != "" {
		out = append(out, "Who is "+who+"?")
	}
	if len(a.Events) > 0 {
		out = append(out, "Show the timeline")
	}
	said := ""
	for _, s := range quoted {
		if !inTitle(s) {
			said = s
			break
		}
	}
	if said == "" && len(quoted) > 0 {
		said = quoted[0]
	}
	if said != "" {
		out = append(out, "What did "+surname(said)+" say?")
	}
	if len(out) == 0 {
		out = append(out, "What happened?")
	}
	return out
}
