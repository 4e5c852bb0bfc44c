/**
 * Common Italian given names that belong to one gender. Italian news names people with no title as often
 * as with one ("Giuseppina Rava ha 84 anni"); the given name is then the evidence that a person is named,
 * and the gender "la" or "lui" must fit. Names of either gender in Italy (Andrea, Celeste) are left out.
 */

/** Italian women's given names, lower case without accents. */
export const ITALIAN_FEMALE: readonly string[] =
  'giuseppina anna maria lucia sara elena paola laura silvia federica alessandra valentina roberta ilaria barbara cristina daniela simona marta giovanna antonella patrizia raffaella lorenza beatrice caterina serena elisa veronica gabriella manuela michela rossella teresa carla loredana marina nadia emanuela donatella mariangela benedetta camilla ludovica martina alessia arianna chiara francesca giulia sofia rita angela luisa franca graziella ornella stefania tiziana cinzia monica lorena mirella rosanna vittoria agnese costanza letizia margherita noemi'.split(
    ' ',
  );

/** Italian men's given names, lower case without accents. */
export const ITALIAN_MALE: readonly string[] =
  'giuseppe giorgio vittorio gianluca paolo roberto alberto riccardo franco enrico mario luigi carlo alessandro davide federico fabrizio filippo lorenzo nicola pietro salvatore simone tommaso umberto vincenzo claudio dario emanuele ettore guido leonardo maurizio ugo gianfranco giancarlo pierluigi raffaele renato sandro silvio valerio alessio cesare domenico elio fausto marcello ottavio piero rocco angelo gabriele edoardo giacomo stefano massimo sergio antonio francesco giovanni marco luca matteo gianni mauro bruno fabio corrado aldo ernesto luciano gino'.split(
    ' ',
  );
