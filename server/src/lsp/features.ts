/**
 * Editor features over LSP: each handler looks up the document's folder, asks
 * the core feature (one file each in core/features) and converts the result.
 */
import type { Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Folders } from './folders.js';

const capabilities: ServerCapabilities = {};

export const registerFeatures = Object.assign(
  (connection: Connection, documents: TextDocuments<TextDocument>, folders: Folders, log: (m: string) => void): void => {
    void connection;
    void documents;
    void folders;
    void log;
  },
  { capabilities },
);
