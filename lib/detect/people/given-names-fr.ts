/**
 * Common French given names (France, Belgium, Switzerland, Québec) that the international lists lack, so
 * "elle a insisté" does not land on a Julien and "la Creuse Bastien Roudier" starts its name at "Bastien".
 * Names borne by both genders (Camille, Dominique, Claude) give no gender.
 */

const words = (s: string) => s.split(' ');

/** French given names almost always borne by women. */
export const FR_FEMALE = words(
  'sandrine martine valérie véronique céline aurélie hélène nadine josiane ginette mireille annick brigitte colette odile solène gaëlle maëlle nolwenn maïwenn élodie émilie mélanie delphine séverine virginie stéphanie karine corinne florence agnès bernadette geneviève évelyne ghislaine jocelyne huguette monique danielle chantal françoise marie-claude marie-ève marie-pierre anne-sophie anne-marie élise léa chloé manon clémence capucine margaux océane inès lucie pauline justine héloïse mathilde ségolène arlette yvette yvonne réjeanne lise diane francine nathalie',
);

/** French given names almost always borne by men. */
export const FR_MALE = words(
  'julien bastien sébastien christophe frédéric stéphane thibault thibaut benoît rémi rémy cédric jérémie jérémy grégoire grégory yannick loïc gwenaël ronan erwan mathieu matthieu baptiste jean-baptiste jean-pierre jean-marc jean-paul jean-françois jean-luc jean-michel jean-claude jean-louis marc-andré pierre-alain louis-philippe réjean gaétan régis hervé gérard gilles didier denis yves bertrand arnaud raphaël gaël killian enzo théo hugo lucas clément florian romain quentin maxime aurélien damien fabien vincent xavier ludovic guillaume antoine édouard emmanuel',
);

/** French given names borne by women and men alike. */
export const FR_EITHER = words('camille dominique claude maxence sacha alix morgane');
