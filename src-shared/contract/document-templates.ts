/** Office-owned DOCX templates of the document engine (issue 5): channels added by the templates feature. */
export const documentTemplateChannels = {} as const;
