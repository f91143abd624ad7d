package lookup

// noLexicon is the Lexicon of an engine made without one (New with nil):
// it knows no word, so every question about a word has the answer a nil
// check would give, and no reading that forgot the check can crash.
type noLexicon struct{}

func (noLexicon) Lemma(string) string                     { return "" }
func (noLexicon) Synonyms(string) []string                { return nil }
func (noLexicon) SynonymsInAnySense(string) []string      { return nil }
func (noLexicon) NounSynonymsInAnySense(string) []string  { return nil }
func (noLexicon) VerbSynonymsInAnySense(string) []string  { return nil }
func (noLexicon) IsWord(string) bool                      { return false }
func (noLexicon) KindOf(string, string) bool              { return false }
func (noLexicon) SiblingKindOf(string, string) bool       { return false }
func (noLexicon) SharesAttestedSense(string, string) bool { return false }
func (noLexicon) SenseShare(string, string) float64       { return -1 }
func (noLexicon) LowerCasePerson(string) bool             { return false }
func (noLexicon) Related(string) []string                 { return nil }
func (noLexicon) Neighbours(string) []string              { return nil }
func (noLexicon) NounNeighbours(string) []string          { return nil }
func (noLexicon) Antonyms(string) []string                { return nil }
func (noLexicon) OpposedAdjectives(string) []string       { return nil }
func (noLexicon) PartsOfSpeech(string) []string           { return nil }
func (noLexicon) Causers(string) []string                 { return nil }
func (noLexicon) InformalFor(string) []string             { return nil }
func (noLexicon) Narrower(string, string) bool            { return false }
func (noLexicon) Glosses(string, string) []string         { return nil }
func (noLexicon) Intransitive(string) bool                { return false }
func (noLexicon) ProperOnly(string) bool                  { return false }
func (noLexicon) Creates(string) bool                     { return false }
