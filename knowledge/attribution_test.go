package knowledge

import (
	"slices"
	"testing"
)

// TestAttributionPatterns holds the attribution grammar to small articles,
// one pattern each: every quotation's speaker, in reading order.
func TestAttributionPatterns(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"said after", `"We will rebuild," Mayor Ann Cole said.`, []string{"Ann Cole"}},
		{"inverted with appositive", `"We will rebuild," said Ann Cole, a spokeswoman for the city.`, []string{"Ann Cole"}},
		{"verb before, colon", `Ann Cole said: "We will rebuild."`, []string{"Ann Cole"}},
		{"partial quote", `Ann Cole said the city would "rebuild every home" by spring.`, []string{"Ann Cole"}},
		{"age parenthetical after", `"We will rebuild," Ann Cole, 45, said.`, []string{"Ann Cole"}},
		{"relative clause before", `Ann Cole, who leads the council, called the plan "a good start."`, []string{"Ann Cole"}},
		{"party tag", `Sen. Ann Cole, D-Ga., said the bill was "dead on arrival."`, []string{"Ann Cole"}},
		{"party tag inverted", `"It is dead," said Sen. Ann Cole, D-N.Y., who opposes it.`, []string{"Ann Cole"}},
		{"according to", `The plan is "a fantasy," according to Ann Cole, an economist.`, []string{"Ann Cole"}},
		{"possessive before the name", `"It is over," said the mayor's lawyer, Ann Cole.`, []string{"Ann Cole"}},
		{"mid-quote continuation", `"We will rebuild," Ann Cole said, "and we will do it fast."`, []string{"Ann Cole", "Ann Cole"}},
		{"next sentence continues", `"We will rebuild," Ann Cole said. "It will take years."`, []string{"Ann Cole", "Ann Cole"}},
		{"question quote", `"Who pays for it?" asked Ann Cole, a resident.`, []string{"Ann Cole"}},
		{"pronoun after a man and a woman", "Ann Cole runs the shelter. She said her husband, Bob Cole, lost his job.\n\n\"We are starting over,\" she said.", []string{"Ann Cole"}},
		{"pronoun picks the subject, not the object", "Ann Cole met Bob Ruiz on Monday.\n\n\"It went well,\" she said.", []string{"Ann Cole"}},
		{"he skips a known woman", "Bob Ruiz spoke first. Ann Cole said she agreed with him.\n\nBob Ruiz added that his plan was cheap. \"Nobody loses,\" he said.", []string{"Bob Ruiz"}},
		{"paragraph continues the quote", "\"We will rebuild,\" Ann Cole said.\n\n\"It will take years, but we will.\"", []string{"Ann Cole", "Ann Cole"}},
		{"no attribution, no speaker", `Officials issued "Go Now" orders on Sunday.`, []string{""}},
		{"clause after the quotation is not its attribution", `Bob Ruiz told reporters, "Nobody loses," and promised to return.`, []string{"Bob Ruiz"}},
		{"she skips a man named first", "Bob Ruiz introduced Ann Cole, the new director.\n\n\"I am ready,\" she said.", []string{"Ann Cole"}},
		{"he skips a woman named first", "Ann Cole thanked Bob Ruiz for his work. \"It was a team effort,\" he said.", []string{"Bob Ruiz"}},
		{"nearest of two women", "Mary Diaz hired Ann Cole in May. Cole said the job was hard.\n\n\"I work nights,\" she said.", []string{"Ann Cole"}},
		{"quotation across paragraphs", "\"We will rebuild,\" Ann Cole said. \"It will take years.\n\n\"But we have done it before.\"", []string{"Ann Cole", "Ann Cole", "Ann Cole"}},
		{"nested quotation closes it", `"He said, 'Don't leave,'" Ann Cole said with a laugh.`, []string{"Ann Cole"}},
		{"the title names the nearest holder", "Sacramento coach Renee Dubois smiled. Tacoma coach Mark Pellegrino did not.\n\n\"We were beaten,\" the coach said.", []string{"Mark Pellegrino"}},
		{"colon after a clause with no verb of saying", `Ann Cole put it plainly: "We will rebuild."`, []string{"Ann Cole"}},
		{"colon after a clause whose subject is no person", `The report ends on a warning: "Rebuild now."`, []string{""}},
		{"colon after a fronted adverbial and its subject", `At a news conference at City Hall, Ann Cole was blunt: "We will rebuild."`, []string{"Ann Cole"}},
		{"fronted adverbial, subject no person", `At the end of the meeting, the report was blunt: "Rebuild now."`, []string{""}},
		{"participle clause after the main clause", `Ann Cole, 47, a first-term mayor who promised not to raise taxes, vetoed the budget Friday, calling it "a tax on every shop."`, []string{"Ann Cole"}},
		{"occupational title before the name", `Co-author Ann Cole, a geologist, said the find "fills a gap."`, []string{"Ann Cole"}},
		{"fronted asked-clause before a colon", `Asked whether the vote surprised her, Ann Cole was blunt: "Not at all."`, []string{"Ann Cole"}},
		{"the statement said, after the person who issued it", "The agency sent 40 trucks, Regional Director Ann Cole said in a written statement. \"We will stay,\" the statement said.", []string{"Ann Cole"}},
		{"the statement said, after a fronted statement", "In a statement, Mayor Bob Ruiz said the roads were open. \"Drive slowly,\" the statement said.", []string{"Bob Ruiz"}},
		{"a formal title joined by in", `"We will find them," Special Agent in Charge Ann Cole said.`, []string{"Ann Cole"}},
		{"a plural noun in a verb's form is no attribution", `Ann Cole, 67, a council member, said the city's cost estimates were "pure fiction."`, []string{"Ann Cole"}},
		{"inverted attribution before a continuation", `"We tried," said the union's president, Ann Cole, "and we failed."`, []string{"Ann Cole", "Ann Cole"}},
		{"it names the body before it", `The talks broke down after Ruiz Foods Inc. presented what it called its "final offer."`, []string{"Ruiz Foods Inc"}},
		{"who says", `"We will rebuild," said Ann Cole, who added that the city was "not going anywhere."`, []string{"Ann Cole", "Ann Cole"}},
		{"a long title and an of-phrase before the verb", `"We found it," Deputy Fire Chief Ann Cole of the Fairview Fire Department told reporters.`, []string{"Ann Cole"}},
		{"a paragraph opening with the document's noun", "Board member Ann Cole disagreed.\n\n\"We are proud,\" the board said.", []string{"the board"}},
		{"fronted according to", `Bob Ruiz spoke first. According to Ann Cole, "nobody called us."`, []string{"Ann Cole"}},
		{"the N-year-old after an appositive name", "The 17-year-old who started the petition, Ann Cole, said 900 people signed. \"I did it for my sister,\" the 17-year-old said.", []string{"Ann Cole"}},
		{"the N-year-old after an age parenthetical", "Bob Ruiz, 40, and Ann Cole, 17, spoke.\n\n\"I was scared,\" the 17-year-old said.", []string{"Ann Cole"}},
		{"the N-year-old with two people of that age", "Bob Ruiz, 17, and Ann Cole, 17, spoke.\n\n\"I was scared,\" the 17-year-old said.", []string{"the 17-year-old"}},
	}
	for _, tt := range tests {
		checkSpeakers(t, tt.name, tt.body, tt.want)
	}
}

// checkSpeakers parses body under a title and holds its quotations'
// speakers, in reading order, to want.
func checkSpeakers(t *testing.T, name, body string, want []string) {
	t.Helper()
	a, err := Parse("Title\n\n"+body, Options{})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	var got []string
	for _, q := range a.Quotes {
		got = append(got, q.Speaker)
	}
	if !slices.Equal(got, want) {
		t.Errorf("%s: speakers %q, want %q", name, got, want)
	}
}

// TestCityBeforeState: a name followed by ", <state>" is a town, so it is
// no speaker and no antecedent; a person described by a state is still a
// person.
func TestCityBeforeState(t *testing.T) {
	a, err := Parse("Title\n\n\"We grow lettuce,\" said Rosa Delgado, who farms near El Centro, Calif., with her son. Tom Ruiz, Texas Republican, agreed. Ann Cole, Iowa's governor, did not.\n", Options{})
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]EntityKind{}
	for _, e := range a.Entities {
		kinds[e.Name] = e.Kind
	}
	for name, want := range map[string]EntityKind{"El Centro": Place, "Tom Ruiz": Person, "Ann Cole": Person, "Rosa Delgado": Person} {
		if kinds[name] != want {
			t.Errorf("%s: kind %q, want %q (entities %v)", name, kinds[name], want, kinds)
		}
	}
}
