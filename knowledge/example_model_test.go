package knowledge_test

import (
	"context"
	"fmt"

	"storybot/internal/fakeopenai"
	"storybot/knowledge"
	"storybot/knowledge/lookup"
	"storybot/llm"
)

// A model answer is shown only once it verifies, claim by claim; here the second reply
// invents a quotation, so the lookup answer replaces it.
func ExampleModel() {
	srv := fakeopenai.New("sk-example")
	defer srv.Close()
	srv.Script(
		fakeopenai.Reply{Text: "Flores is Sessions' spokeswoman [P4]."},
		fakeopenai.Reply{Text: `Flores said "he is innocent" [P4].`},
	)
	a, _ := knowledge.Default(knowledge.Options{})
	client, err := llm.New(llm.Config{Key: "sk-example", BaseURL: srv.URL, Model: "gpt-4.1-mini"}, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	m, err := knowledge.NewModel(client, knowledge.ModelConfig{Model: client.Name()}, a, lookup.New(a, nil), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	ans, _ := m.Answer(context.Background(), knowledge.Question{Text: "Who is Flores?"})
	fmt.Printf("%s: %s\n", ans.Mode, ans.Text)
	ans, _ = m.Answer(context.Background(), knowledge.Question{Text: "Who is Flores?"})
	fmt.Printf("%s: %s\n", ans.Mode, ans.FallbackReason)
	// Output:
	// model: Flores is Sessions' spokeswoman (¶4).
	// lookup: verification: claim 1: quotation "he is innocent" not in ¶4
}
