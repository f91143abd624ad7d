package bot

import (
	"context"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
)

// Surfaces is what follow-ups in threads, the App Home tab and assistant
// threads need of Slack's Web API beyond Slack. *slack.Client has it; when
// Config.Slack lacks it, those features are off (questions are still
// answered, without a thread's history).
type Surfaces interface {
	GetConversationRepliesContext(ctx context.Context, params *slack.GetConversationRepliesParameters) ([]slack.Message, bool, string, error)
	PublishViewContext(ctx context.Context, req slack.PublishViewContextRequest) (*slack.ViewResponse, error)
	SetAssistantThreadsStatusContext(ctx context.Context, params slack.AssistantThreadsSetStatusParameters) error
	SetAssistantThreadsSuggestedPromptsContext(ctx context.Context, params slack.AssistantThreadsSetSuggestedPromptsParameters) error
	SetAssistantThreadsTitleContext(ctx context.Context, params slack.AssistantThreadsSetTitleParameters) error
}

// surfaces returns Config.Slack as Surfaces, when it is one.
func (b *Bot) surfaces() (Surfaces, bool) {
	s, ok := b.cfg.Slack.(Surfaces)
	return s, ok
}

// loadingMessages rotate in an assistant thread's status while the bot
// answers, saying what it is doing.
var loadingMessages = []string{"Reading the article…", "Finding passages…", "Checking quotations…"}

const (
	// assistantStatus is shown in an assistant thread while the bot answers
	// (with loadingMessages where Slack shows them).
	assistantStatus = "is reading the article…"
	// maxTitle bounds an assistant thread's title.
	maxTitle = 80
	// statusTimeout bounds one assistant.threads.* call, so that a slow
	// Slack never holds up an answer for long.
	statusTimeout = 5 * time.Second
)

// onAssistantThreadStarted offers the suggested prompts in a new
// assistant thread.
func (b *Bot) onAssistantThreadStarted(work context.Context, e *slackevents.AssistantThreadStartedEvent) {
	t := e.AssistantThread
	surf, ok := b.surfaces()
	if !ok || t.ChannelID == "" || t.ThreadTimeStamp == "" {
		b.log.Warn("assistant thread started, but it cannot be set up", "channel", t.ChannelID, "thread_ts", t.ThreadTimeStamp)
		return
	}
	b.background(work, func(ctx context.Context) {
		var prompts []slack.AssistantThreadsPrompt
		for _, p := range b.suggestedPrompts() {
			prompts = append(prompts, slack.AssistantThreadsPrompt{Title: p, Message: p})
		}
		err := b.retry(ctx, "assistant.threads.setSuggestedPrompts", func() error {
			return surf.SetAssistantThreadsSuggestedPromptsContext(ctx, slack.AssistantThreadsSetSuggestedPromptsParameters{
				ChannelID: t.ChannelID, ThreadTS: t.ThreadTimeStamp, Title: "Ask about the story", Prompts: prompts,
			})
		})
		if err != nil {
			b.log.Error("could not set suggested prompts", "channel", t.ChannelID, "thread_ts", t.ThreadTimeStamp, "err", err)
			return
		}
		b.log.Info("assistant thread started", "user", t.UserID, "channel", t.ChannelID, "thread_ts", t.ThreadTimeStamp)
	})
}

// setStatus sets (or, with "", clears) an assistant thread's status. One
// attempt, bounded by statusTimeout, even after ctx ends: a status left
// behind would say "is reading" forever.
func (b *Bot) setStatus(ctx context.Context, channel, thread, status string) {
	surf, ok := b.surfaces()
	if !ok {
		return
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), statusTimeout)
	defer cancel()
	params := slack.AssistantThreadsSetStatusParameters{ChannelID: channel, ThreadTS: thread, Status: status}
	if status != "" {
		params.LoadingMessages = loadingMessages
	}
	err := surf.SetAssistantThreadsStatusContext(ctx, params)
	if err != nil {
		b.cfg.Observer.SlackError("assistant.threads.setStatus", false)
		b.log.Warn("could not set the assistant thread's status", "channel", channel, "thread_ts", thread, "clear", status == "", "err", err)
	}
}

// assistantBusy shows the assistant status in in's thread and returns the
// function that clears it; call it deferred, so that the status goes also
// when answering fails or panics.
func (b *Bot) assistantBusy(ctx context.Context, in incoming) func() {
	b.setStatus(ctx, in.channel, in.threadTS, assistantStatus)
	return func() { b.setStatus(ctx, in.channel, in.threadTS, "") }
}

// setTitle names an assistant thread after its first question.
func (b *Bot) setTitle(ctx context.Context, channel, thread, question string) {
	surf, ok := b.surfaces()
	if !ok || question == "" {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, statusTimeout)
	defer cancel()
	err := surf.SetAssistantThreadsTitleContext(ctx, slack.AssistantThreadsSetTitleParameters{
		ChannelID: channel, ThreadTS: thread, Title: clip(question, maxTitle),
	})
	if err != nil {
		b.cfg.Observer.SlackError("assistant.threads.setTitle", false)
		b.log.Warn("could not set the assistant thread's title", "channel", channel, "thread_ts", thread, "err", err)
	}
}
