package knowledge

import (
	"slices"
	"testing"
)

// TestFirstNameOfSharedSurname: of two people who share a surname, the one
// the story calls by the first name alone has it as an alias; a person
// whose surname no one else has gets no first-name alias.
func TestFirstNameOfSharedSurname(t *testing.T) {
	text := `Girl, 9, found safe near lake

LUND, Minnesota (AP) — Mia Dorsey, 9, was found safe Monday near Pike Lake, Sheriff Ana Voigt said.

Mia had wandered off while her father, Carl Dorsey, set up a tent, Voigt said.

Ana Voigt said Mia was tired but fine. Ana later thanked the volunteers.
`
	a, err := Parse(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	aliases := map[string][]string{}
	for _, e := range a.Entities {
		aliases[e.Name] = e.Aliases
	}
	if !slices.Contains(aliases["Mia Dorsey"], "Mia") {
		t.Errorf("Mia Dorsey's aliases %v lack Mia", aliases["Mia Dorsey"])
	}
	if slices.Contains(aliases["Ana Voigt"], "Ana") {
		t.Errorf("Ana Voigt shares her surname with no one, yet has the alias Ana: %v", aliases["Ana Voigt"])
	}
}
